package vn.laichau.sxd.thidua.api;

import vn.laichau.sxd.thidua.engine.InvalidInputException;

/** A request names something that does not exist (any more): answered 404 with the Vietnamese message. */
public class RecordNotFoundException extends InvalidInputException {

  public RecordNotFoundException(String message) {
    super("id", message);
  }
}
