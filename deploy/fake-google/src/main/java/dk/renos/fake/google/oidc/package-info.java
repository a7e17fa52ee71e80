/**
 * "Sign in with Google": an OpenID Connect provider (discovery, JWKS, id_tokens, userinfo) on top
 * of the fake's OAuth endpoints, with switches for faulty id_tokens.
 */
package dk.renos.fake.google.oidc;
