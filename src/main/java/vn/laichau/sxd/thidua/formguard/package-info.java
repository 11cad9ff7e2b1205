/**
 * What a signed-in person may write into the engine, from any client: a task completion carries
 * exactly the fields of the task's Camunda Form, a start goes through the start form, and nothing
 * else is written ({@code PersonalWriteGuard}, an engine plugin; the forms read by {@code FormCatalogue}).
 */
package vn.laichau.sxd.thidua.formguard;
