package org.interdict.screening;

/**
 * A one-hash Bloom filter over {@link String#hashCode} values, about 16 bits per value (a false
 * positive for about one absent value in sixteen): small enough to stay in the processor's cache,
 * so {@link CompoundRetrieval} answers most "is this a word of the index?" questions of a query
 * without touching the index's large maps. Immutable once built; thread-safe to read.
 */
final class HashFilter {
  private final long[] bits;
  private final int mask;

  /** A filter sized for {@code expected} values. */
  HashFilter(int expected) {
    int size = Integer.highestOneBit(Math.max(64, expected * 16 - 1)) << 1;
    bits = new long[size >>> 6];
    mask = size - 1;
  }

  void add(int hash) {
    int bit = mix(hash) & mask;
    bits[bit >>> 6] |= 1L << bit;
  }

  /** False proves {@code hash} was never added. */
  boolean mightContain(int hash) {
    int bit = mix(hash) & mask;
    return (bits[bit >>> 6] & (1L << bit)) != 0;
  }

  /** Spreads String hashes, whose low bits are poorly mixed for short ASCII words. */
  private static int mix(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 15);
  }

  /** {@link String#hashCode} of {@code left + right}, from the two hashes. */
  static int joinedHash(int leftHash, String right) {
    int power = 1;
    for (int i = 0; i < right.length(); i++) {
      power *= 31;
    }
    return leftHash * power + right.hashCode();
  }
}
