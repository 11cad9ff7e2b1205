/**
 * The face of our HTTP APIs: Vietnamese refusals for {@code /api} and for the engine REST API
 * ({@code /engine-rest}, {@code /camunda/api/engine}), and the small request checks they share.
 */
package vn.laichau.sxd.thidua.api;
