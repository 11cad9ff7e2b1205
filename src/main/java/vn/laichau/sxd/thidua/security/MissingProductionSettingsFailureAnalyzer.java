package vn.laichau.sxd.thidua.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing production setting into a short, clear start-up failure message. */
public class MissingProductionSettingsFailureAnalyzer extends AbstractFailureAnalyzer<MissingProductionSettingsException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MissingProductionSettingsException cause) {
    return new FailureAnalysis(
        "Không khởi động được với hồ sơ 'prod': thiếu " + String.join(", ", cause.missing()) + ".",
        "Đặt các biến môi trường " + String.join(", ", ProductionSettingsCheck.REQUIRED)
            + " (xem docs/operations.md), hoặc chạy hồ sơ 'demo' để dùng thử.",
        cause);
  }
}
