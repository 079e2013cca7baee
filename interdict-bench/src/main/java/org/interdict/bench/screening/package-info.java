/**
 * JMH benchmarks of the screening engine and of the brute-force Jaro-Winkler baseline it is
 * compared with.
 */
package org.interdict.bench.screening;
