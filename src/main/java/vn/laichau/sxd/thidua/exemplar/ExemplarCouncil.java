package vn.laichau.sxd.thidua.exemplar;

import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.COUNCIL_ITEM;
import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.EXEMPLAR_ID;
import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.SESSION_ID;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.council.AgendaEntry;
import vn.laichau.sxd.thidua.council.CouncilService;
import vn.laichau.sxd.thidua.organisation.OrganisationService;

/**
 * Puts the exemplar before the council: {@code councilItem} says what is voted
 * ({@code DIEN_HINH_CONG_NHAN}: into the register; {@code DIEN_HINH_DANH_GIA}: the summary), by
 * the rule of {@code vote-rule} for that code.
 */
@Component("exemplarCouncil")
class ExemplarCouncil implements JavaDelegate {

  private final ExemplarRepository exemplars;
  private final CouncilService council;
  private final OrganisationService organisation;

  public ExemplarCouncil(ExemplarRepository exemplars, CouncilService council, OrganisationService organisation) {
    this.exemplars = exemplars;
    this.council = council;
    this.organisation = organisation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ExemplarRepository.Exemplar exemplar = exemplars.find(EXEMPLAR_ID.get(execution));
    String item = COUNCIL_ITEM.get(execution);
    String what = item.equals("DIEN_HINH_CONG_NHAN") ? "Công nhận điển hình" : "Đánh giá kết quả điển hình";
    long sessionId = council.prepareSession(exemplar.year(), what + " " + exemplar.businessKey(), List.of(new AgendaEntry(
        "EXEMPLAR", exemplar.businessKey(), exemplar.name() + " (" + organisation.unitName(exemplar.unitCode()) + ")", item, what, null)));
    SESSION_ID.set(execution, sessionId);
  }
}
