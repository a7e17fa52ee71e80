/**
 * A local fake of Gmail's REST API v1 and Google's OAuth 2 endpoints, for tests and benchmarks.
 *
 * <p>{@link dk.renos.fake.gmail.FakeGmailServer} serves users.messages / threads / history / labels
 * / profile, the multipart batch endpoint, /token (authorization_code, refresh_token, jwt-bearer)
 * and /o/oauth2/auth, in memory on 127.0.0.1. The official google-api-services-gmail client and
 * google-auth-library run against it unchanged: {@code Gmail.Builder.setRootUrl(server.rootUrl())}
 * and {@code setTokenServerUri(server.tokenUrl())}. {@link dk.renos.fake.gmail.FakeMailbox} seeds
 * and inspects mail, {@link dk.renos.fake.gmail.FakeOAuth} issues and revokes credentials, {@link
 * dk.renos.fake.gmail.FakeFaults} injects errors. Run as a process with {@code FakeGmailServer
 * --port N}; it is then driven through JSON endpoints under /_fake/.
 */
package dk.renos.fake.gmail;
