/**
 * /_fake/...: the JSON control endpoints that let a test or benchmark drive a fake Google server
 * running as its own process the way Java tests drive it directly. Not Google; no auth, no faults.
 */
package dk.renos.fake.google.admin;
