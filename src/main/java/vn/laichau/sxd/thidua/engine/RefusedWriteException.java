package vn.laichau.sxd.thidua.engine;

import org.camunda.bpm.engine.AuthorizationException;

/** A write that no person may make this way; both REST APIs answer it 403 with this Vietnamese message. */
public class RefusedWriteException extends AuthorizationException {

  public RefusedWriteException(String message) {
    super(message);
  }
}
