/**
 * The Department's divisions, units, people and roles: imported from the organisation file,
 * mirrored into Camunda users and groups, and the subject type (person, unit) of awards.
 */
package vn.laichau.sxd.thidua.organisation;
