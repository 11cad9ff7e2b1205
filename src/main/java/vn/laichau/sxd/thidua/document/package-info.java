/**
 * The paperwork the processes issue (decisions, submission letters, minutes, notices, reports,
 * certificates), each kind with its register of numbers per year (sổ văn bản). So far: the kinds
 * and their registers; the documents themselves follow (issue 14).
 */
package vn.laichau.sxd.thidua.document;
