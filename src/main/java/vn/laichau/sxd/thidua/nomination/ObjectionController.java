package vn.laichau.sxd.thidua.nomination;

import static vn.laichau.sxd.thidua.nomination.RoundVariables.AWARD_CODE;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.OBJECTION_TEXT;
import static vn.laichau.sxd.thidua.nomination.RoundVariables.SUBJECT_ID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.laichau.sxd.thidua.engine.InboundMessages;

/**
 * An objection during the disclosure ({@code ObjectionRaised}), entered by the secretariat (the
 * path is limited to it). The same rules apply as to a message sent through {@code /engine-rest};
 * a refused message changes nothing.
 */
@RestController
class ObjectionController {

  static final String MESSAGE = "ObjectionRaised";

  record Objection(String subjectId, String awardCode, String text) {
  }

  private final InboundMessages messages;

  ObjectionController(InboundMessages messages) {
    this.messages = messages;
  }

  @PostMapping("/api/rounds/{businessKey}/objections")
  @ResponseStatus(HttpStatus.ACCEPTED)
  public void objection(@PathVariable String businessKey, @RequestBody Objection objection) {
    messages.deliver(businessKey, MESSAGE, "Đợt " + businessKey + " không trong thời gian công khai danh sách.",
        message -> message.setVariableLocal(SUBJECT_ID.name(), objection.subjectId()).setVariableLocal(AWARD_CODE.name(), objection.awardCode())
            .setVariableLocal(OBJECTION_TEXT.name(), objection.text()));
  }
}
