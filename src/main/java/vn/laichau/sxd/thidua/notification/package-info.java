/**
 * In-app notices and the reminder step of every model ({@code ${deadlineReminder}}), each sent once.
 */
package vn.laichau.sxd.thidua.notification;
