/**
 * {@code interdict spark rescreen}: the hits a list update adds or removes, delta re-screened per
 * partition.
 */
package org.interdict.spark.rescreen;
