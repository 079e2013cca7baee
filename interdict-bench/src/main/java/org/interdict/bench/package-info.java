/** Benchmarks and evaluation harnesses; helpers shared by them live here. */
package org.interdict.bench;
