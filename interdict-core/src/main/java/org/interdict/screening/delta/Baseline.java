package org.interdict.screening.delta;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.interdict.screening.ScreeningIndex;
import org.interdict.screening.ScreeningQuery;

/**
 * The stored parties' previous screening against one version of the lists, kept so the next update
 * can be re-screened as a delta: per party its hits at the minimum score and its matches down to a
 * watch band below it. Also the drift already spent: scores of parties carried forward unchanged
 * may have moved by up to {@code exp(driftSpent)} since they were computed. Immutable and
 * thread-safe.
 */
public final class Baseline {
  /** Default watch band below the minimum score. */
  public static final double DEFAULT_BAND = 0.04;

  private final ScreeningQuery template;
  private final double band;
  private final double driftSpent;
  private final Map<String, BaselineEntry> entries;

  Baseline(
      ScreeningQuery template, double band, double driftSpent, Map<String, BaselineEntry> entries) {
    this.template = Objects.requireNonNull(template, "template");
    if (!(band > 0 && band < template.minScore())) {
      throw new IllegalArgumentException("band " + band + " must be in (0, minScore)");
    }
    this.band = band;
    this.driftSpent = driftSpent;
    this.entries = Map.copyOf(entries);
  }

  /**
   * Screens every stored party (in parallel on the common pool) against {@code index} with the
   * settings of {@code template}.
   */
  public static Baseline screen(
      StoredNames stored, ScreeningIndex index, ScreeningQuery template, double band) {
    List<StoredParty> parties = stored.parties();
    return new Baseline(
        template, band, 0.0, screen(parties, allOf(parties.size()), index, template, band));
  }

  static Map<String, BaselineEntry> screen(
      List<StoredParty> parties,
      BitSet which,
      ScreeningIndex index,
      ScreeningQuery template,
      double band) {
    Map<String, BaselineEntry> entries = new ConcurrentHashMap<>();
    IntStream.range(0, parties.size())
        .parallel()
        .filter(which::get)
        .forEach(
            p -> {
              BaselineEntry entry =
                  BaselineEntry.screen(index, template, band, parties.get(p).name());
              if (!entry.isEmpty()) {
                entries.put(parties.get(p).id(), entry);
              }
            });
    return entries;
  }

  private static BitSet allOf(int size) {
    BitSet all = new BitSet(size);
    all.set(0, size);
    return all;
  }

  public ScreeningQuery template() {
    return template;
  }

  public double band() {
    return band;
  }

  /**
   * Log of the factor by which carried-forward scores may have drifted since they were screened.
   */
  public double driftSpent() {
    return driftSpent;
  }

  /** The entry of one stored party (empty when it matched nothing, even in the watch band). */
  public BaselineEntry entry(String storedId) {
    return entries.getOrDefault(storedId, BaselineEntry.EMPTY);
  }

  /** Stored parties with any remembered match or a capped retrieval. */
  public Map<String, BaselineEntry> entries() {
    return entries;
  }

  /**
   * This baseline with {@code parties} (new stored parties, or ones whose name changed) screened
   * against {@code index}, which must be the index the baseline now describes; the drift already
   * spent is kept.
   */
  public Baseline plus(List<StoredParty> parties, ScreeningIndex index) {
    if (parties.isEmpty()) {
      return this;
    }
    return updated(
        parties, screen(parties, allOf(parties.size()), index, template, band), driftSpent);
  }

  /**
   * This baseline with the entries of re-screened parties replaced (an empty entry removes one).
   */
  Baseline updated(
      List<StoredParty> rescreened, Map<String, BaselineEntry> fresh, double newDriftSpent) {
    Map<String, BaselineEntry> merged = new HashMap<>(entries);
    for (StoredParty party : rescreened) {
      merged.remove(party.id());
    }
    merged.putAll(fresh);
    return new Baseline(template, band, newDriftSpent, merged);
  }
}
