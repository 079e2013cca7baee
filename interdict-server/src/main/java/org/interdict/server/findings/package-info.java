/** The findings listing (filters, sort, paging) and its CSV export. */
package org.interdict.server.findings;
