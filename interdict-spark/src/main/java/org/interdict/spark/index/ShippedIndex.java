package org.interdict.spark.index;

import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.interdict.model.Party;
import org.interdict.screening.ScreeningIndex;

/**
 * The value a job broadcasts: the encoded parties and their digest. {@link #index()} builds the
 * screening index from them once per JVM (an executor's tasks share it; the index is thread-safe)
 * and keeps it for later jobs over the same lists. The built index itself is not shipped because
 * core keeps its arrays private; once core has a stored binary form of the index, that form can be
 * broadcast instead and this class is the one place to change.
 */
public final class ShippedIndex implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, Built> BUILT = new ConcurrentHashMap<>();

  private final byte[] parties;
  private final String digest;

  private ShippedIndex(byte[] parties, String digest) {
    this.parties = parties;
    this.digest = digest;
  }

  /**
   * Encodes {@code parties} and remembers {@code builtOnDriver} so driver-side use does not build
   * it again.
   */
  public static ShippedIndex of(List<Party> parties, ScreeningIndex builtOnDriver) {
    byte[] encoded = PartyCodec.encode(parties);
    ShippedIndex shipped = new ShippedIndex(encoded, sha256(encoded));
    BUILT.putIfAbsent(shipped.digest, new Built(List.copyOf(parties), builtOnDriver));
    return shipped;
  }

  public ScreeningIndex index() {
    return built().index();
  }

  /** The parties in load order, decoded once per JVM. */
  public List<Party> parties() {
    return built().parties();
  }

  private Built built() {
    return BUILT.computeIfAbsent(
        digest,
        key -> {
          List<Party> decoded = PartyCodec.decode(parties);
          return new Built(decoded, ScreeningIndex.build(decoded));
        });
  }

  private record Built(List<Party> parties, ScreeningIndex index) {}

  /** The SHA-256 of the encoded parties: equal lists, equal digest. */
  public String digest() {
    return digest;
  }

  /** Size of the broadcast value in bytes (what each executor receives once). */
  public int sizeBytes() {
    return parties.length;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
