package org.interdict.bench.quality;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The development set split into a tuning part (thresholds are chosen on it) and a held-out part
 * (the quality gate asserts on it), by a seeded hash: the split is a pure function of {@link #SEED}
 * and each case, so it is the same on every machine and changes only when this file does. All cases
 * of one listed party (its variants) fall on the same side, as do repeats of one negative query, so
 * no party is tuned on and then tested.
 */
public final class DevsetSplit {
  /**
   * Committed seed of the split; changing it is a new held-out set and must be recorded in
   * docs/benchmarks.md.
   */
  public static final String SEED = "interdict-devset-split-2026-12";

  /** Share of the parties (and negative queries) held out, in percent. */
  public static final int HELD_OUT_PERCENT = 30;

  private DevsetSplit() {}

  /** The two parts, each in development-set order. */
  public record Parts(List<DevsetCase> tuning, List<DevsetCase> heldOut) {
    public Parts {
      tuning = List.copyOf(tuning);
      heldOut = List.copyOf(heldOut);
    }
  }

  public static Parts of(List<DevsetCase> cases) {
    List<DevsetCase> tuning = new ArrayList<>();
    List<DevsetCase> heldOut = new ArrayList<>();
    for (DevsetCase devsetCase : cases) {
      String group =
          devsetCase.positive()
              ? "party:" + devsetCase.expectedId()
              : "query:" + devsetCase.query();
      (heldOut(group) ? heldOut : tuning).add(devsetCase);
    }
    return new Parts(tuning, heldOut);
  }

  static boolean heldOut(String group) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((SEED + "\u0000" + group).getBytes(StandardCharsets.UTF_8));
      int bucket = ((digest[0] & 0xFF) << 8 | (digest[1] & 0xFF)) % 100;
      return bucket < HELD_OUT_PERCENT;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
