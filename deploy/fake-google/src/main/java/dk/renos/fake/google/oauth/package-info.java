/**
 * Google's OAuth 2 side of the fake: registered clients, the consent endpoint (/o/oauth2/auth), the
 * token endpoint (authorization_code, refresh_token, service-account jwt-bearer), revocation, and
 * the access tokens that Gmail and Calendar accept alike.
 */
package dk.renos.fake.google.oauth;
