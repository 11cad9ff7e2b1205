package vn.laichau.sxd.thidua.indicator;

/**
 * What a periodic review asks of the commendation rounds: a thematic round the Director wants.
 * The round implements it, so the indicators know nothing of rounds.
 */
public interface ThematicRounds {

  /** Opens a thematic round (CHUYEN_DE) for the year, as the application; its business key. */
  String startThematic(int year);
}
