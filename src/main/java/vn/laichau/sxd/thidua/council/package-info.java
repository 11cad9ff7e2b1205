/**
 * The Emulation–Commendation Council: sessions, agendas, open and secret ballots, the count under
 * {@code vote-rule} and the minutes ({@code council-session}).
 */
package vn.laichau.sxd.thidua.council;
