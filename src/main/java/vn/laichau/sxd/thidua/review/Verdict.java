package vn.laichau.sxd.thidua.review;

import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import vn.laichau.sxd.thidua.engine.InvalidInputException;
import vn.laichau.sxd.thidua.engine.Variable;

/**
 * A reviewer's choice on a task (accept or return, forward or drop, …) with its note. Choices that
 * send work back or end it need a reason the other side can act on; this is the one place that
 * refuses a missing choice or a missing reason, with the task's own Vietnamese words.
 */
public record Verdict<E extends Enum<E>>(E choice, String note) {

  public static <E extends Enum<E>> Verdict<E> read(VariableScope task, Variable<E> choice, String chooseMessage, Variable<String> note,
      Set<E> needingNote, String noteMessage) {
    E chosen = choice.get(task);
    if (chosen == null) {
      throw new InvalidInputException(choice.name(), chooseMessage);
    }
    String written = note.get(task);
    boolean blank = written == null || written.isBlank();
    if (blank && needingNote.contains(chosen)) {
      throw new InvalidInputException(note.name(), noteMessage);
    }
    return new Verdict<>(chosen, blank ? null : written.strip());
  }

  /** A text the task cannot go on without (a reason, a number), stripped; refused when empty. */
  public static String required(VariableScope task, Variable<String> text, String message) {
    String written = text.get(task);
    if (written == null || written.isBlank()) {
      throw new InvalidInputException(text.name(), message);
    }
    return written.strip();
  }

  public boolean is(E value) {
    return choice == value;
  }
}
