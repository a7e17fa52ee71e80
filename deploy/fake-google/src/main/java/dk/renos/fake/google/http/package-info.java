/**
 * The wire plumbing every API of the fake Google server shares: one request and response shape
 * (whether a call came on its own or inside a batch), Google's JSON error envelope, injected
 * faults, and the JSON mapper.
 */
package dk.renos.fake.google.http;
