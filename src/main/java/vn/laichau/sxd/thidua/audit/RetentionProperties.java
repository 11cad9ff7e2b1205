package vn.laichau.sxd.thidua.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the record of a dossier must be kept after it ends (rounds and their decisions: 10
 * years). The engine keeps its history of every process and decision that long
 * ({@link HistoryRetention}); the diary is never removed by the application.
 *
 * @param years whole years after a dossier ends
 */
@ConfigurationProperties("thidua.retention")
public record RetentionProperties(@DefaultValue("10") int years) {

  public RetentionProperties {
    if (years < 1) {
      throw new IllegalArgumentException("thidua.retention.years phải từ 1 năm trở lên.");
    }
  }

  /** The years in days, with every leap day they can hold, so that the engine never keeps less. */
  public int days() {
    return years * 365 + (years + 3) / 4;
  }
}
