/**
 * Verifiable outputs: the canonical form of a JSON document (RFC 8785), site keys (Ed25519 from the
 * JDK), signatures over a report plus the digests of the evidence it used, and the check that names
 * what differs. Reports are digested in one streaming pass ({@link
 * org.interdict.verify.StreamingDigest}), so their size is bounded by disk, not by the heap.
 */
package org.interdict.verify;
