package vn.laichau.sxd.thidua.webapp.dashboard;

import java.util.List;

/**
 * A list behind a figure of the dashboard, as shown on the page and exported to Excel: a Vietnamese
 * title and headers, the rows, and for each row the address of the thing itself (or null).
 */
record Table(String name, String title, List<String> headers, List<List<Object>> rows, List<String> links) {
}
