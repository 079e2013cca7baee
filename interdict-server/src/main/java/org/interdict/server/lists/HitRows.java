package org.interdict.server.lists;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interdict.model.Party;
import org.interdict.screening.EntryHash;
import org.interdict.screening.Explanation;
import org.interdict.screening.delta.HitChange;
import org.interdict.store.Ids;
import org.interdict.store.Json;
import org.interdict.store.rescreen.RescreenHit;

/**
 * Turns the delta engine's hit changes into stored re-screen hits with their evidence. Stateless.
 */
public final class HitRows {
  private HitRows() {}

  /**
   * One row per change; {@code before} and {@code after} find listed parties by id in the old and
   * new lists (a gone hit's entry may exist only in the old ones).
   */
  static List<RescreenHit> of(
      String runId,
      Instant at,
      List<HitChange> changes,
      Map<String, Party> before,
      Map<String, Party> after,
      InForce was,
      InForce now) {
    List<RescreenHit> rows = new ArrayList<>();
    for (HitChange change : changes) {
      Party party =
          change
              .match()
              .map(m -> m.party())
              .orElseGet(() -> after.getOrDefault(change.partyId(), before.get(change.partyId())));
      String explanation =
          change
              .match()
              .map(m -> Json.write(explanation(m.explanation(), m.matchedName())))
              .orElse("{}");
      int colon = change.partyId().indexOf(':');
      String listId =
          party != null
              ? party.source().listId()
              : colon < 0 ? "" : change.partyId().substring(0, colon);
      String entryId =
          party != null ? party.source().entryId() : change.partyId().substring(colon + 1);
      rows.add(
          new RescreenHit(
              Ids.next("rh"),
              runId,
              at,
              change.kind().id(),
              change.stored().id(),
              change.stored().name(),
              change.partyId(),
              listId,
              entryId,
              party == null ? "" : party.primaryName(),
              change.score(),
              change.reason(),
              was.version(listId),
              now.version(listId),
              party == null ? "" : EntryHash.of(party),
              explanation,
              party == null ? List.of() : party.programs()));
    }
    return rows;
  }

  /** The explanation as JSON-ready maps: scorer, aligned pairs, unmatched tokens, score parts. */
  public static Map<String, Object> explanation(Explanation e, String matchedName) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("matchedName", matchedName);
    view.put("scorer", e.scorerId());
    view.put(
        "alignedPairs",
        e.pairs().stream()
            .map(
                p ->
                    Map.of(
                        "query",
                        p.queryToken(),
                        "candidate",
                        p.listToken(),
                        "similarity",
                        p.similarity(),
                        "method",
                        p.method()))
            .toList());
    view.put("unmatchedQueryTokens", e.unmatchedQueryTokens());
    view.put("unmatchedCandidateTokens", e.unmatchedListTokens());
    view.put(
        "scoreParts",
        e.parts().stream().map(p -> Map.of("id", p.id(), "value", p.value())).toList());
    return view;
  }
}
