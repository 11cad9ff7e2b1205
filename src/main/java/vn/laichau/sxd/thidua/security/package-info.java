/**
 * Who may do what: sign-in for the webapps and APIs, the engine authorizations of each role, the
 * guard that lets a person write only what their task's form asks, login throttling, request size
 * limits and the production settings check.
 */
package vn.laichau.sxd.thidua.security;
