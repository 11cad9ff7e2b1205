package vn.laichau.sxd.thidua.engine;

import camundajar.impl.scala.Function1;
import camundajar.impl.scala.None$;
import camundajar.impl.scala.Option;
import camundajar.impl.scala.Some;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.syntaxtree.ValDate;
import org.camunda.feel.valuemapper.CustomValueMapper;

/**
 * FEEL reads a {@link Date} in the server's own time zone; our decisions need the calendar date
 * in Vietnam (DESIGN §4), so a decision of 01/7/2025 gets the rates in force from 01/7/2025 even
 * on a server running in UTC. Every other value is left to FEEL's own mappers.
 */
final class VietnamDateValueMapper implements CustomValueMapper {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Override
  public Option<Val> toVal(Object value, Function1<Object, Val> innerValueMapper) {
    if (value instanceof Date date) {
      return new Some<>(new ValDate(date.toInstant().atZone(VIETNAM).toLocalDate()));
    }
    return none();
  }

  @Override
  public Option<Object> unpackVal(Val value, Function1<Val, Object> innerValueMapper) {
    return none();
  }

  @Override
  public int priority() {
    return 100;
  }

  @Override
  public void org$camunda$feel$valuemapper$CustomValueMapper$_setter_$priority_$eq(int priority) {
    // priority is fixed by priority()
  }

  @SuppressWarnings("unchecked")
  private static <T> Option<T> none() {
    return (Option<T>) None$.MODULE$;
  }
}
