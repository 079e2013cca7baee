/**
 * Stored parties over HTTP: imported counterparties and screened names, kept for re-screening after
 * updates.
 */
package org.interdict.server.parties;
