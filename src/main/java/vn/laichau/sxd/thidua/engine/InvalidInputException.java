package vn.laichau.sxd.thidua.engine;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input that breaks a business rule, with a Vietnamese message for the person who gave it.
 * Thrown from delegates and listeners, it rolls the whole engine command back (nothing changes)
 * and reaches REST clients as 400 — the engine REST API answers form validation failures with
 * 400 on task completion and form submission, hence the superclass.
 */
public class InvalidInputException extends FormFieldValidationException {

  public InvalidInputException(String field, String message) {
    super(field, message);
  }
}
