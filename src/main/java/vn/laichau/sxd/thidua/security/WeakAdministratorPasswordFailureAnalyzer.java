package vn.laichau.sxd.thidua.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in Vietnamese which password rules the first administrator's password breaks. */
public class WeakAdministratorPasswordFailureAnalyzer extends AbstractFailureAnalyzer<WeakAdministratorPasswordException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, WeakAdministratorPasswordException cause) {
    return new FailureAnalysis(
        "Không khởi động được với hồ sơ 'prod': mật khẩu quản trị (THIDUA_ADMIN_PASSWORD) phải "
            + String.join("; ", cause.broken()) + ".",
        "Đặt THIDUA_ADMIN_PASSWORD theo quy tắc mật khẩu trong docs/operations.md rồi khởi động lại.",
        cause);
  }
}
