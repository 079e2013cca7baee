/**
 * Verifiable outputs: the canonical form of a JSON document (RFC 8785), site keys (Ed25519 from the JDK), signatures
 * over a report plus the digests of the evidence it used, and the check that names what differs.
 */
package org.interdict.verify;
