package vn.laichau.sxd.thidua.exemplar;

import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.ADOPTING_UNITS;
import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.ADOPTING_UNIT_CODES;
import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.EXEMPLAR_ID;
import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.PROPOSED_AWARD;
import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.PROPOSED_TYPE;
import static vn.laichau.sxd.thidua.exemplar.ExemplarVariables.PROPOSE_COMMENDATION;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.laichau.sxd.thidua.decision.AwardCode;
import vn.laichau.sxd.thidua.decision.CommendationType;
import vn.laichau.sxd.thidua.engine.InvalidInputException;
import vn.laichau.sxd.thidua.engine.VariableJson;
import vn.laichau.sxd.thidua.organisation.OrganisationService;

/**
 * The council's conclusions on a summarised exemplar, recorded by its secretary: the units that
 * will adopt it (at least one) and, if the council proposes it, the commendation for the next
 * round of the given type.
 */
@Component("exemplarConclusion")
class ExemplarConclusion implements TaskListener {

  /** What the council may propose for an exemplar; the form offers exactly these. */
  static final Set<AwardCode> AWARDS = EnumSet.of(AwardCode.GIAY_KHEN_GD_SO, AwardCode.BANG_KHEN_CT_TINH);
  static final Set<CommendationType> ROUND_TYPES = EnumSet.of(CommendationType.CONG_TRANG, CommendationType.CHUYEN_DE);

  private final ExemplarRepository exemplars;
  private final ExemplarService service;
  private final OrganisationService organisation;

  public ExemplarConclusion(ExemplarRepository exemplars, ExemplarService service, OrganisationService organisation) {
    this.exemplars = exemplars;
    this.service = service;
    this.organisation = organisation;
  }

  @Override
  public void notify(DelegateTask task) {
    long id = EXEMPLAR_ID.get(task);
    List<String> adopting = adoptingUnits(ADOPTING_UNIT_CODES.get(task));
    String proposal = null;
    if (PROPOSE_COMMENDATION.get(task)) {
      AwardCode award = PROPOSED_AWARD.get(task);
      CommendationType type = PROPOSED_TYPE.get(task);
      if (award == null || !AWARDS.contains(award)) {
        throw new InvalidInputException("proposedAward", "Hình thức đề nghị khen thưởng phải là Giấy khen của Giám đốc Sở hoặc Bằng khen của Chủ tịch UBND tỉnh.");
      }
      if (type == null || !ROUND_TYPES.contains(type)) {
        throw new InvalidInputException("proposedType", "Hãy chọn đợt khen thưởng: thường xuyên hoặc chuyên đề.");
      }
      exemplars.propose(id, award, type);
      proposal = "Đề nghị " + award.label() + " trong đợt khen thưởng " + type.label().toLowerCase(java.util.Locale.ROOT) + " kế tiếp";
    }
    exemplars.event(id, Stage.TONG_KET, "CONCLUDED", null,
        "Đơn vị nhân rộng: " + String.join(", ", adopting) + (proposal == null ? "" : "\n" + proposal), service.currentUser(),
        ClockUtil.getCurrentTime().toInstant());
    ADOPTING_UNITS.set(task, adopting);
  }

  /** Unit codes from the form's checklist (a JSON list) or a comma-separated text; each must be an active unit. */
  private List<String> adoptingUnits(Object value) {
    List<String> codes = new ArrayList<>();
    JsonNode list = value instanceof String text && !text.strip().startsWith("[") ? null : VariableJson.read(value, ADOPTING_UNIT_CODES.name(), "đơn vị nhân rộng");
    if (list != null && list.isArray()) {
      list.forEach(code -> codes.add(code.asText().strip().toUpperCase(Locale.ROOT)));
    } else if (value != null) {
      for (String code : value.toString().split(",")) {
        if (!code.isBlank()) {
          codes.add(code.strip().toUpperCase(Locale.ROOT));
        }
      }
    }
    List<String> active = organisation.activeUnitCodes();
    if (codes.isEmpty()) {
      throw new InvalidInputException(ADOPTING_UNIT_CODES.name(), "Hội đồng phải chọn ít nhất một đơn vị nhân rộng điển hình.");
    }
    for (String code : codes) {
      if (!active.contains(code)) {
        throw new InvalidInputException(ADOPTING_UNIT_CODES.name(), "'" + code + "' không phải là phòng, đơn vị đang hoạt động.");
      }
    }
    return codes.stream().distinct().toList();
  }
}
