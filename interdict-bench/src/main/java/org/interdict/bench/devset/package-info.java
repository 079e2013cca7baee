/**
 * Builds the labelled development set for screening quality from the real lists, with a fixed seed.
 */
package org.interdict.bench.devset;
