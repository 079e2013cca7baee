/** Writes scan results as a table, JSON, CSV, SARIF 2.1.0 or one self-contained HTML page. */
package org.interdict.report;
