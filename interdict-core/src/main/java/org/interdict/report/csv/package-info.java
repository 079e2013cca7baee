/**
 * The one CSV writer every CSV output of Interdict uses: RFC 4180 through FastCSV, safe to open in
 * a spreadsheet.
 */
package org.interdict.report.csv;
