/**
 * Evidence packs: one JSON document (and its self-contained HTML rendering) per screening or
 * finding with what it ran against and every decision on it; and the audit log as CSV.
 */
package org.interdict.server.evidence;
