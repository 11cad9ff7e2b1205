package vn.laichau.sxd.thidua.indicator;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Department's targets for the seven indicators, in order (DOMAIN §8): shares in per cent,
 * counts as numbers. Indicator 4's target is at least this many models carried through all four steps.
 */
@ConfigurationProperties("thidua.indicators")
record IndicatorProperties(List<BigDecimal> targets) {

  public IndicatorProperties {
    if (targets == null || targets.size() != Indicator.values().length) {
      throw new IllegalArgumentException("thidua.indicators.targets phải có đúng 7 giá trị, theo thứ tự bảy chỉ tiêu.");
    }
  }

  public BigDecimal target(Indicator indicator) {
    return targets.get(indicator.number() - 1);
  }
}
