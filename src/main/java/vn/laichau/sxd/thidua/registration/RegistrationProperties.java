package vn.laichau.sxd.thidua.registration;

import java.time.MonthDay;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param defaultDeadline day of the year by which units register (DOMAIN §6: 31 March)
 * @param minimumWorkingDays working days units get when the default deadline has already passed
 * @param firstYear first year of the emulation programme
 * @param lastYear last year of the emulation programme
 * @param reminderWorkingDays working days before the deadline at which units that have not yet
 *     submitted are reminded (issue 4: 7, 3 and 1)
 */
@ConfigurationProperties("thidua.registration")
record RegistrationProperties(
    @DefaultValue("--03-31") MonthDay defaultDeadline,
    @DefaultValue("10") int minimumWorkingDays,
    @DefaultValue("2026") int firstYear,
    @DefaultValue("2030") int lastYear,
    @DefaultValue({"7", "3", "1"}) List<Integer> reminderWorkingDays) {
}
