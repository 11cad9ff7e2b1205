package vn.laichau.sxd.thidua.document;

/** A document could not be made; the message, in Vietnamese, is what the incident shows. */
public class DocumentFailure extends RuntimeException {

  public DocumentFailure(String message, Throwable cause) {
    super(message, cause);
  }

  public DocumentFailure(String message) {
    super(message);
  }
}
