package vn.laichau.sxd.thidua.nomination;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Readings of the law that the Department chooses (DOMAIN §3, [D]).
 *
 * @param cstdcsStrictFromYear first year under review judged by the strict CSTĐCS reading
 *     (excellent rating and an initiative); null keeps the law as written (LITERAL)
 */
@ConfigurationProperties("thidua.rules")
public record NominationRulesProperties(Integer cstdcsStrictFromYear) {

  String cstdcsReading(int year) {
    return cstdcsStrictFromYear != null && year >= cstdcsStrictFromYear ? "STRICT" : "LITERAL";
  }
}
