package vn.laichau.sxd.thidua.organisation;

import java.util.List;

/** The whole organisation as one consistent snapshot, as read from an organisation file. */
public record Organisation(List<Unit> units, List<Person> people) {

  public Organisation {
    units = List.copyOf(units);
    people = List.copyOf(people);
  }
}
