/**
 * The screening index as Spark ships it: built on the driver, broadcast once, rebuilt once per
 * executor JVM.
 */
package org.interdict.spark.index;
