/**
 * The OFAC SDN list ({@code us-ofac-sdn}): sdn.csv with alt.csv, add.csv and sdn_comments.csv
 * beside it.
 */
package org.interdict.lists.ofac.sdn;
