/**
 * Writing audit events for every upload, decision, key change, session and scan end; reading them
 * back.
 */
package org.interdict.server.audit;
