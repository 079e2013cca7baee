package org.interdict.server.lists;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interdict.server.http.Timestamps;
import org.interdict.store.Json;
import org.interdict.store.rescreen.RescreenHit;
import org.interdict.store.rescreen.RescreenRun;

/**
 * The webhook's JSON body for a re-screen run: the change summary and the new and gone hits. Of the
 * stored party it carries only the id and the name; the rest is list data (entry ids, names as
 * listed) and the score.
 */
final class WebhookBody {
  private WebhookBody() {}

  static String of(RescreenRun run, List<RescreenHit> hits) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("event", "rescreen-completed");
    body.put("runId", run.id());
    body.put("at", Timestamps.format(run.at()));
    body.put("trigger", run.trigger());
    body.put("listsBefore", run.listsBefore());
    body.put("listsAfter", run.listsAfter());
    body.put(
        "diff", Map.of("added", run.added(), "changed", run.changed(), "removed", run.removed()));
    body.put("storedParties", run.storedParties());
    body.put("rescreened", run.rescreened());
    body.put(
        "newHits",
        hits.stream().filter(h -> h.kind().equals("new")).map(WebhookBody::hit).toList());
    body.put(
        "goneHits",
        hits.stream().filter(h -> h.kind().equals("gone")).map(WebhookBody::hit).toList());
    return Json.write(body);
  }

  private static Map<String, Object> hit(RescreenHit hit) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("storedPartyId", hit.storedPartyId());
    view.put("storedPartyName", hit.storedPartyName());
    view.put("partyId", hit.partyId());
    view.put("listId", hit.listId());
    view.put("entryId", hit.entryId());
    view.put("primaryName", hit.primaryName());
    view.put("score", hit.score());
    view.put("reason", hit.reason());
    view.put("snapshotBefore", hit.snapshotBefore());
    view.put("snapshotAfter", hit.snapshotAfter());
    return view;
  }
}
