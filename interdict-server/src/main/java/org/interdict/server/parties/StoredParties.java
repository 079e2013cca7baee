package org.interdict.server.parties;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.interdict.screening.EntryHash;
import org.interdict.screening.ScreeningIndex;
import org.interdict.screening.ScreeningQuery;
import org.interdict.screening.ScreeningResult;
import org.interdict.server.lists.ListsService;
import org.interdict.server.screening.ScreeningHooks;
import org.interdict.store.parties.LastHit;
import org.interdict.store.parties.StoredPartyRecord;
import org.interdict.store.parties.StoredPartyRepository;
import org.jdbi.v3.core.Handle;

/**
 * Keeps every screened name as a stored party (origin {@code screening}), with its hits at the
 * re-screen settings ({@link ListsService#TEMPLATE}) as its last result. A name without an id of
 * its own gets {@code n-} and 16 bytes of the SHA-256 of its normalized text, so spellings that
 * normalize alike are one party. Thread-safe.
 */
public final class StoredParties implements ScreeningHooks {
  private final Clock clock;
  private final StoredPartyRepository repository = new StoredPartyRepository();

  public StoredParties(Clock clock) {
    this.clock = clock;
  }

  /** The id of a party named without one. */
  public static String idFor(String normalizedText) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(normalizedText.getBytes(StandardCharsets.UTF_8));
      return "n-" + HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  static List<LastHit> lastHits(ScreeningResult result, List<String> entryHashes) {
    List<LastHit> hits = new ArrayList<>();
    for (int i = 0; i < result.matches().size(); i++) {
      var match = result.matches().get(i);
      hits.add(new LastHit(match.party().id(), entryHashes.get(i), match.score()));
    }
    return hits;
  }

  static List<LastHit> lastHits(ScreeningResult result) {
    return lastHits(result, result.matches().stream().map(m -> EntryHash.of(m.party())).toList());
  }

  /**
   * Keeps the name with its hits at the re-screen settings (screened again when the query's
   * settings differ).
   */
  @Override
  public void screened(
      Handle h,
      ScreeningQuery query,
      ScreeningIndex index,
      ScreeningResult result,
      List<String> entryHashes) {
    ScreeningQuery template = ListsService.TEMPLATE;
    boolean same =
        query.minScore() == template.minScore()
            && query.limit() == template.limit()
            && query.filter().equals(template.filter());
    List<LastHit> hits =
        same
            ? lastHits(result, entryHashes)
            : lastHits(index.screen(template.withName(query.name())));
    repository.upsert(
        h,
        new StoredPartyRecord(
            idFor(result.normalized().text()),
            query.name(),
            "",
            "",
            "screening",
            clock.instant(),
            Optional.of(clock.instant()),
            hits));
  }

  @Override
  public List<?> evidence(String name, ScreeningIndex index) {
    return List.of();
  }
}
