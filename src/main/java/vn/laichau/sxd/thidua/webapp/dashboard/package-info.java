/**
 * The managers' dashboard: the year's figures for a user's scope, each figure's list and its
 * spreadsheet. Its queries are the one read model that joins the tables of several packages.
 */
package vn.laichau.sxd.thidua.webapp.dashboard;
