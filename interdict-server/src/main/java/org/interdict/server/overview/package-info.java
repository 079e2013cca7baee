/**
 * The dashboard overview: counts by regime and status, deadlines, burn-down and screening totals.
 */
package org.interdict.server.overview;
