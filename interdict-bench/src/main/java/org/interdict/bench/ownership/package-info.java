/**
 * The ownership-graph harness: generated deep and wide graphs through {@code screen --ownership},
 * time, output and heap.
 */
package org.interdict.bench.ownership;
