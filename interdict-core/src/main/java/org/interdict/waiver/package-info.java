/**
 * Waivers: dated, approved exceptions that turn matching scan findings into {@code waived} until
 * they expire.
 */
package org.interdict.waiver;
