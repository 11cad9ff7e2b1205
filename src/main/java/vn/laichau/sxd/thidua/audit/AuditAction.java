package vn.laichau.sxd.thidua.audit;

/** What an entry records; the API gives the name, the entry's text says it in Vietnamese. */
public enum AuditAction {
  OPENED,
  COMPLETED,
  VOTED,
  RETURNED,
  CLOSED,
  CANCELLED,
  ASSIGNED,
  CHANGED_BY_ADMINISTRATOR,
  INCIDENT,
  DOCUMENT_ISSUED,
  OBJECTION_RAISED,
  PROVINCE_DECIDED,
  ELIGIBILITY_COMPUTED,
  NOMINATED,
  DECIDED,
  FORWARDED,
  DROPPED,
  ORGANISATION_CHANGED,
  TEMPLATE_CHANGED
}
