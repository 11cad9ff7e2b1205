package vn.laichau.sxd.thidua.nomination;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Service times and choices of the Department for commendation rounds (DOMAIN §6, [D]), in working days.
 *
 * @param nominationWorkingDays time the units have to nominate in an annual or thematic round
 * @param adHocNominationWorkingDays time the proposing unit has in an ad hoc round
 * @param decisionWorkingDays time the Director has to decide after the disclosure
 * @param adHocDecisionWorkingDays time the Director has to decide an ad hoc proposal (DOMAIN §6: 3)
 * @param reminderWorkingDays how long before a unit's deadline it is reminded
 * @param adHocCouncilLevels levels of {@code award-routing} whose ad hoc awards still go to the council
 * @param provincialFollowUpWorkingDays how long the secretariat waits for the province before a follow-up notice
 */
@ConfigurationProperties("thidua.rounds")
public record RoundProperties(
    @DefaultValue("10") int nominationWorkingDays,
    @DefaultValue("2") int adHocNominationWorkingDays,
    @DefaultValue("5") int decisionWorkingDays,
    @DefaultValue("3") int adHocDecisionWorkingDays,
    @DefaultValue("1") int reminderWorkingDays,
    @DefaultValue({"PROVINCE", "STATE"}) List<String> adHocCouncilLevels,
    @DefaultValue("10") int provincialFollowUpWorkingDays) {
}
