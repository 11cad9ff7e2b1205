package vn.laichau.sxd.thidua.nomination;

/** A stored nomination as the secretariat's appraisal form lists it, with the documents its dossier needs. */
record NomineeView(String name, String award, String summary, String documents) {
}
