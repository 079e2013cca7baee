package org.interdict.server.parties;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.interdict.screening.ScreeningResult;
import org.interdict.server.audit.Auditor;
import org.interdict.server.auth.Principal;
import org.interdict.server.auth.Role;
import org.interdict.server.http.ApiProblem;
import org.interdict.server.http.JsonBodies;
import org.interdict.server.http.Params;
import org.interdict.server.http.Routes;
import org.interdict.server.http.Timestamps;
import org.interdict.server.lists.ListsService;
import org.interdict.server.screening.ScreeningLists;
import org.interdict.store.Database;
import org.interdict.store.Page;
import org.interdict.store.parties.LastHit;
import org.interdict.store.parties.StoredPartyRecord;
import org.interdict.store.parties.StoredPartyRepository;

/**
 * {@code POST /api/v1/parties} (JSON array or CSV; each party is screened at once with the
 * re-screen settings, outside the transaction, and its result stored) and {@code GET
 * /api/v1/parties}. Names are personal data: never logged, not in the audit.
 */
public final class PartiesApi {
  private final Database db;
  private final ScreeningLists lists;
  private final Clock clock;
  private final Auditor auditor;
  private final JsonBodies bodies;
  private final StoredPartyRepository repository = new StoredPartyRepository();

  public PartiesApi(
      Database db, ScreeningLists lists, Clock clock, Auditor auditor, JsonBodies bodies) {
    this.db = db;
    this.lists = lists;
    this.clock = clock;
    this.auditor = auditor;
    this.bodies = bodies;
  }

  public void register(Routes routes) {
    routes
        .post("/api/v1/parties", this::store, Role.ANALYST)
        .get("/api/v1/parties", this::list, Role.VIEWER);
  }

  record Imported(int received, int created, int updated, int withHits, List<String> errors) {}

  record HitView(String partyId, String entryHash, double score) {}

  record PartyView(
      String id,
      String name,
      String type,
      String country,
      String origin,
      String createdAt,
      String screenedAt,
      List<HitView> lastHits) {}

  record Listing(List<PartyView> items, int page, int pageSize, long total) {}

  private void store(Context ctx) {
    Params params = Params.of(ctx, Set.of("nameColumn", "idColumn", "typeColumn", "countryColumn"));
    java.util.Map<String, String> mapping = new java.util.HashMap<>();
    for (String field : List.of("name", "id", "type", "country")) {
      params.text(field + "Column").ifPresent(header -> mapping.put(field, header));
    }
    if (!mapping.isEmpty() && !CsvBodies.isCsv(ctx)) {
      throw ApiProblem.invalidParameter(
          "a column mapping (nameColumn, idColumn, typeColumn, countryColumn) applies "
              + "only to a text/csv body");
    }
    PartyInputs.Read read =
        CsvBodies.isCsv(ctx)
            ? PartyInputs.fromCsv(CsvBodies.csv(ctx), "upload.csv", mapping)
            : PartyInputs.fromJson(Arrays.asList(bodies.read(ctx, PartyInputs.PartyInput[].class)));
    var index = lists.index();
    var now = clock.instant();
    List<StoredPartyRecord> records = new java.util.ArrayList<>();
    int withHits = 0;
    for (PartyInputs.PartyInput party : read.parties()) {
      ScreeningResult result = index.screen(ListsService.TEMPLATE.withName(party.name()));
      String id = party.id() != null ? party.id() : StoredParties.idFor(result.normalized().text());
      records.add(
          new StoredPartyRecord(
              id,
              party.name(),
              party.type(),
              party.country(),
              "import",
              now,
              Optional.of(now),
              StoredParties.lastHits(result)));
      withHits += result.matches().isEmpty() ? 0 : 1;
    }
    Principal who = Principal.of(ctx);
    int[] counts = new int[2];
    db.useTransaction(
        h -> {
          for (StoredPartyRecord record : records) {
            counts[repository.upsert(h, record) ? 0 : 1]++;
          }
          auditor.record(
              h,
              who,
              "parties-imported",
              "parties",
              "import",
              "created="
                  + counts[0]
                  + " updated="
                  + counts[1]
                  + " skipped="
                  + read.errors().size());
        });
    ctx.json(
        new Imported(
            read.parties().size() + read.errors().size(),
            counts[0],
            counts[1],
            withHits,
            read.errors()));
  }

  private void list(Context ctx) {
    Params params = Params.paged(ctx, "origin", "q");
    Optional<String> origin = params.oneOf("origin", List.of("import", "screening"));
    Optional<String> search = params.text("q");
    Page<StoredPartyRecord> page =
        db.jdbi()
            .withHandle(h -> repository.list(h, origin, search, params.page(), params.pageSize()));
    ctx.json(
        new Listing(
            page.items().stream().map(PartiesApi::view).toList(),
            page.page(),
            page.pageSize(),
            page.total()));
  }

  private static PartyView view(StoredPartyRecord p) {
    return new PartyView(
        p.id(),
        p.name(),
        p.type(),
        p.country(),
        p.origin(),
        Timestamps.format(p.createdAt()),
        p.screenedAt().map(Timestamps::format).orElse(null),
        p.lastHits().stream()
            .map((LastHit h) -> new HitView(h.partyId(), h.entryHash(), h.score()))
            .toList());
  }
}
