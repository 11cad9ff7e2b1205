/**
 * Each year's emulation registration: every unit registers its goals and candidates, the
 * secretariat reviews, the Director approves ({@code emulation-registration}).
 */
package vn.laichau.sxd.thidua.registration;
