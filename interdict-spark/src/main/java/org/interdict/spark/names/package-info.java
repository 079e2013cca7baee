/**
 * Reading a column of names (with ids) from CSV, Parquet or JSON inputs, for the screen and
 * rescreen jobs.
 */
package org.interdict.spark.names;
