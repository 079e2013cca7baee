/**
 * The {@code interdict catalog} command: lists and shows the regimes, profiles, vendors and
 * products.
 */
package org.interdict.cli.catalog;
