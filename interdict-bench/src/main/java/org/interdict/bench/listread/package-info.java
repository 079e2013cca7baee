/**
 * Benchmarks of reading list files: the cost of decoding with replacement against the JDK decoder.
 */
package org.interdict.bench.listread;
