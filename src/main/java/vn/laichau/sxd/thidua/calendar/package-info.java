/**
 * Working days in Vietnam: public holidays from configuration, due dates and reminders counted in
 * working days, dates as people write them.
 */
package vn.laichau.sxd.thidua.calendar;
