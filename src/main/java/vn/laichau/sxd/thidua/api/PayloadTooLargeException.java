package vn.laichau.sxd.thidua.api;

import java.io.IOException;

/** A request body grew past the configured size while it was read; answered 413. */
public class PayloadTooLargeException extends IOException {

  public PayloadTooLargeException() {
    super("request body over the configured size");
  }

  /** Whether reading the body stopped at the limit somewhere below this failure. */
  public static boolean causedBy(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof PayloadTooLargeException) {
        return true;
      }
    }
    return false;
  }
}
