/**
 * {@code interdict spark scan}: detects catalog products in inventories per partition and folds
 * them in Spark.
 */
package org.interdict.spark.scan;
