package vn.laichau.sxd.thidua.api;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.laichau.sxd.thidua.engine.InvalidInputException;

/** Our REST API (/api) answers refusals in Vietnamese, in the same shape as the engine REST API. */
@RestControllerAdvice
class ApiExceptionHandler {

  @ExceptionHandler(RecordNotFoundException.class)
  ResponseEntity<Map<String, Object>> notFound(RecordNotFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("type", "NotFound", "message", e.getMessage()));
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<Map<String, Object>> invalidInput(InvalidInputException e) {
    return ResponseEntity.badRequest().body(Map.of("type", "InvalidInput", "message", e.getMessage()));
  }

  @ExceptionHandler(RejectedFileException.class)
  ResponseEntity<Map<String, Object>> rejectedFile(RejectedFileException e) {
    return ResponseEntity.badRequest().body(Map.of("type", "RejectedFile", "message", e.summary(), "problems", e.problems()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
    int status = PayloadTooLargeException.causedBy(e) ? 413 : 400;
    return ResponseEntity.status(status).body(Map.of("type", RestRefusals.typeFor(status), "message", RestRefusals.messageFor(status)));
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Map<String, Object>> forbidden(AuthorizationException e) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN)
        .body(Map.of("type", "Forbidden", "message", RestRefusals.FORBIDDEN));
  }
}
