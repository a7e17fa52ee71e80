/**
 * Gmail's REST API v1 on the fake Google server.
 *
 * <p>{@link dk.renos.fake.google.gmail.GmailApi} serves users.messages / threads / history / labels
 * / profile and {@link dk.renos.fake.google.gmail.BatchHandler} the multipart batch endpoint, for
 * access tokens issued by {@link dk.renos.fake.google.oauth.FakeOAuth}. {@link
 * dk.renos.fake.google.gmail.FakeMailbox} seeds and inspects one account's mail. The official
 * google-api-services-gmail client runs against it unchanged: {@code
 * Gmail.Builder.setRootUrl(server.rootUrl())}.
 */
package dk.renos.fake.google.gmail;
