/** Scan speed: detection throughput on parsed records (JMH) and a generator for end-to-end runs. */
package org.interdict.bench.scan;
