/**
 * The dossiers' diary: who did what and when, in words, appended in the transaction of the action,
 * chained so that an edited or removed entry shows ({@link AuditTrail}, {@code GET /api/audit}).
 */
package vn.laichau.sxd.thidua.audit;
