/**
 * The trade.gov Consolidated Screening List CSV export ({@code us-csl}), split into sub-lists by
 * its source column.
 */
package org.interdict.lists.csl;
