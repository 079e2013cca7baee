/**
 * OFAC's consolidated non-SDN lists ({@code us-ofac-non-sdn}): cons_prim.csv and its companion
 * files.
 */
package org.interdict.lists.ofac.nonsdn;
