/**
 * The files of a unit's nomination dossier: uploaded by the unit head while the unit's nomination
 * task is open, checked by content (PDF, DOCX, XLSX, PNG, JPEG) and size, kept in table
 * {@code dossier_file} (every node reads them), listed against the {@code dossier-checklist} for
 * the secretariat's appraisal.
 */
package vn.laichau.sxd.thidua.dossier;
