/**
 * Screening over HTTP: one shared index, stored screenings and hits, review carry-forward per entry
 * hash.
 */
package org.interdict.server.screening;
