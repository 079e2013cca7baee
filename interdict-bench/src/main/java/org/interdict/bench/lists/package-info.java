/** Benchmarks of list snapshot diffs on the real OFAC SDN pair and a modified copy of the CSL. */
package org.interdict.bench.lists;
