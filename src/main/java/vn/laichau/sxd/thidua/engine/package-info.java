/**
 * What the process engine needs from us and nothing else: typed process variables ({@code Variable}),
 * DMN evaluation ({@code DmnTables}), command interceptors and plugins (refusals unwrapped, conflicts
 * retried, confidential variables kept out of history, Vietnam dates in FEEL).
 */
package vn.laichau.sxd.thidua.engine;
