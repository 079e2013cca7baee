/**
 * Interdict on Apache Spark: the entry point and what every job shares (session, inputs, outputs,
 * errors).
 */
package org.interdict.spark;
