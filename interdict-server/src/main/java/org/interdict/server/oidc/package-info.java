/**
 * Single sign-on with OpenID Connect: the authorization code flow with PKCE, ID tokens checked
 * against the provider's published keys, and roles mapped from a group claim (ADR 015).
 */
package org.interdict.server.oidc;
