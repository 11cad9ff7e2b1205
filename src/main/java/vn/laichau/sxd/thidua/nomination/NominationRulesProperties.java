package vn.laichau.sxd.thidua.nomination;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Readings of the law that the Department chooses (DOMAIN §3, [D]).
 *
 * @param cstdcsStrictFromYear first year under review judged by the strict CSTĐCS reading
 *     (excellent rating and an initiative); null keeps the law as written (LITERAL)
 * @param htxsnvMaxPercent most civil servants rated HTXSNV, in percent of those rated HTTNV or
 *     better, before the secretariat is warned (DOMAIN §3: 20%)
 */
@ConfigurationProperties("thidua.rules")
record NominationRulesProperties(Integer cstdcsStrictFromYear, @DefaultValue("20") int htxsnvMaxPercent) {

  String cstdcsReading(int year) {
    return cstdcsStrictFromYear != null && year >= cstdcsStrictFromYear ? "STRICT" : "LITERAL";
  }
}
