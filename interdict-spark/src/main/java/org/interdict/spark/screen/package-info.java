/**
 * {@code interdict spark screen}: screens a column of names, partition by partition, with the core
 * engine.
 */
package org.interdict.spark.screen;
