package vn.laichau.sxd.thidua.exemplar;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.council.CouncilService;
import vn.laichau.sxd.thidua.organisation.OrganisationService;

/**
 * Puts the exemplar before the council: {@code councilItem} says what is voted
 * ({@code DIEN_HINH_CONG_NHAN}: into the register; {@code DIEN_HINH_DANH_GIA}: the summary), by
 * the rule of {@code vote-rule} for that code.
 */
@Component("exemplarCouncil")
public class ExemplarCouncil implements JavaDelegate {

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
    ExemplarRepository.Exemplar exemplar = exemplars.find(((Number) execution.getVariable("exemplarId")).longValue());
    String item = (String) execution.getVariable("councilItem");
    String what = item.equals("DIEN_HINH_CONG_NHAN") ? "Công nhận điển hình" : "Đánh giá kết quả điển hình";
    long sessionId = council.prepareSession(exemplar.year(), what + " " + exemplar.businessKey(), List.of(new CouncilService.AgendaEntry(
        "EXEMPLAR", exemplar.businessKey(), exemplar.name() + " (" + organisation.unitName(exemplar.unitCode()) + ")", item, what)));
    execution.setVariable("sessionId", sessionId);
  }
}
