package org.interdict.server.evidence;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interdict.catalog.CatalogLoader;
import org.interdict.server.audit.SiteSigning;
import org.interdict.server.auth.Principal;
import org.interdict.server.auth.Role;
import org.interdict.server.http.ApiProblem;
import org.interdict.server.http.Params;
import org.interdict.server.http.Routes;
import org.interdict.server.http.Timestamps;
import org.interdict.server.reviews.HitReviews;
import org.interdict.server.reviews.ReviewsApi;
import org.interdict.store.Database;
import org.interdict.store.Json;
import org.interdict.store.findings.FindingRepository;
import org.interdict.store.findings.StoredFinding;
import org.interdict.store.parties.StoredPartyRepository;
import org.interdict.store.remediation.RemediationRepository;
import org.interdict.store.rescreen.RescreenRepository;
import org.interdict.store.reviews.Review;
import org.interdict.store.reviews.ReviewRepository;
import org.interdict.store.scans.ScanJobRepository;
import org.interdict.store.screenings.Screening;
import org.interdict.store.screenings.ScreeningHit;
import org.interdict.store.screenings.ScreeningRepository;
import org.interdict.verify.DocumentSignatures;

/**
 * {@code GET /api/v1/evidence/screenings/{id}}, {@code /evidence/findings/{id}} and {@code
 * /evidence/parties/{id}} (a stored party: its last hits, its re-screen hits and their decisions):
 * one evidence pack, as JSON or ({@code format=html}) its self-contained HTML page. A pack is a
 * JSON document built to be signed as is: what was asked, what it ran against, the result with its
 * explanation, and every decision and approval with user and time.
 */
public final class EvidenceApi {
  public static final String SCHEMA = "interdict-evidence/1";
  private static final ObjectMapper PACKS = new ObjectMapper();
  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

  /**
   * The page's own inline styles need this policy; it still allows no script, no fetch and no
   * framing.
   */
  private static final String HTML_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; "
          + "form-action 'none'; frame-ancestors 'none'";

  /**
   * The SHA-256 of the catalog in force: the server scans with the bundled catalog only ({@code
   * InterdictServer}), so this is its digest; loaded once, on the first finding pack.
   */
  private static final class BundledCatalog {
    static final String DIGEST = CatalogLoader.bundled().digest();
  }

  private final Database db;
  private final Clock clock;
  private final String toolVersion;
  private final ScreeningRepository screenings = new ScreeningRepository();
  private final ReviewRepository reviews = new ReviewRepository();
  private final FindingRepository findings = new FindingRepository();
  private final ScanJobRepository jobs = new ScanJobRepository();
  private final RemediationRepository remediation = new RemediationRepository();
  private final StoredPartyRepository parties = new StoredPartyRepository();
  private final RescreenRepository rescreens = new RescreenRepository();

  /** With a site key ({@code DATA_DIR/site-key}) every pack carries its signature (issue 17). */
  private final SiteSigning signing;

  public EvidenceApi(Database db, Clock clock, String toolVersion, SiteSigning signing) {
    this.db = db;
    this.clock = clock;
    this.toolVersion = toolVersion;
    this.signing = signing;
  }

  public void register(Routes routes) {
    routes
        .get("/api/v1/evidence/screenings/{id}", this::screening, Role.VIEWER)
        .get("/api/v1/evidence/findings/{id}", this::finding, Role.VIEWER)
        .get("/api/v1/evidence/parties/{id}", this::party, Role.VIEWER);
  }

  private Map<String, Object> head(Context ctx, String kind, String id) {
    Map<String, Object> pack = new LinkedHashMap<>();
    pack.put("schema", SCHEMA);
    pack.put("kind", kind);
    pack.put("subjectId", id);
    pack.put("generatedAt", Timestamps.format(clock.instant()));
    pack.put("generatedBy", Principal.of(ctx).userName());
    pack.put("toolVersion", toolVersion);
    return pack;
  }

  private void screening(Context ctx) {
    String format = format(ctx);
    String id = ctx.pathParam("id");
    Map<String, Object> pack = head(ctx, "screening", id);
    db.jdbi()
        .useHandle(
            h -> {
              Screening s =
                  screenings
                      .find(h, id)
                      .orElseThrow(() -> ApiProblem.notFound("no screening with id '" + id + "'"));
              Map<String, Object> query = new LinkedHashMap<>();
              query.put("name", s.queryName());
              query.put("normalized", s.normalized());
              query.put("minScore", s.minScore());
              query.put("screenedAt", Timestamps.format(s.at()));
              query.put("screenedBy", s.actor());
              query.put("features", Json.read(s.features(), OBJECT));
              query.put("scorer", s.scorer());
              query.put("indexVersion", s.indexVersion());
              pack.put("query", query);
              pack.put("ranAgainst", Json.read(s.context(), OBJECT));
              List<Map<String, Object>> hits = new ArrayList<>();
              for (ScreeningHit hit : s.hits()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("partyId", hit.partyId());
                row.put("listId", hit.listId());
                row.put("entryId", hit.entryId());
                row.put("primaryName", hit.primaryName());
                row.put("matchedName", hit.matchedName());
                row.put("score", hit.score());
                row.put("programs", hit.programs());
                row.put("entryHash", hit.entryHash());
                row.put("explanation", Json.read(hit.explanation(), OBJECT));
                hits.add(row);
              }
              pack.put("hits", hits);
              pack.put(
                  "decisions",
                  reviews
                      .history(
                          h,
                          Review.SCREENING_HIT,
                          s.hits().stream()
                              .map(hit -> ScreeningRepository.hitKey(s.normalized(), hit.partyId()))
                              .toList())
                      .stream()
                      .map(ReviewsApi.ReviewBody::of)
                      .toList());
            });
    answer(ctx, format, pack, "screening-" + id);
  }

  private void finding(Context ctx) {
    String format = format(ctx);
    String id = ctx.pathParam("id");
    Map<String, Object> pack = head(ctx, "finding", id);
    db.jdbi()
        .useHandle(
            h -> {
              StoredFinding f =
                  findings
                      .find(h, id)
                      .orElseThrow(() -> ApiProblem.notFound("no finding with id '" + id + "'"));
              Map<String, Object> finding = new LinkedHashMap<>();
              finding.put("host", f.host());
              finding.put("productId", f.productId());
              finding.put("productName", f.productName());
              finding.put("vendorId", f.vendorId());
              finding.put("observedName", f.observedName());
              finding.put("version", f.version());
              finding.put("location", f.location());
              finding.put("context", f.context());
              finding.put("confidence", f.confidence());
              finding.put("worstStatus", f.worstStatus());
              finding.put("evidence", f.evidence());
              finding.put("regimes", f.regimes());
              finding.put("firstSeen", Timestamps.format(f.firstSeen()));
              finding.put("lastSeen", Timestamps.format(f.lastSeen()));
              pack.put("finding", finding);
              jobs.find(h, f.scanId())
                  .ifPresent(
                      job -> {
                        Map<String, Object> scan = new LinkedHashMap<>();
                        scan.put("scanId", job.id());
                        scan.put("fileName", job.fileName());
                        scan.put("format", job.format());
                        scan.put("profile", job.profile());
                        scan.put("asOf", job.asOf().toString());
                        scan.put("uploadedBy", job.actor());
                        scan.put("finishedAt", Timestamps.format(job.finishedAt()));
                        scan.put("catalog", "bundled catalog of Interdict " + toolVersion);
                        scan.put("catalogDigest", BundledCatalog.DIGEST);
                        pack.put("scan", scan);
                      });
              pack.put(
                  "decisions",
                  reviews
                      .history(
                          h,
                          Review.FINDING,
                          List.of(ReviewsApi.findingKey(f.host(), f.productId())))
                      .stream()
                      .map(ReviewsApi.ReviewBody::of)
                      .toList());
              remediation
                  .findByHostAndProduct(h, f.host(), f.productId())
                  .ifPresent(
                      item -> {
                        Map<String, Object> r = new LinkedHashMap<>();
                        r.put("itemId", item.id());
                        r.put("state", item.state());
                        r.put("assignee", item.assignee());
                        r.put("deadline", item.deadline().map(Object::toString).orElse(null));
                        r.put("regimeId", item.regimeId());
                        r.put(
                            "history",
                            item.history().stream()
                                .map(
                                    e ->
                                        Map.of(
                                            "state",
                                            e.state(),
                                            "at",
                                            Timestamps.format(e.at()),
                                            "actor",
                                            e.actor(),
                                            "comment",
                                            e.comment()))
                                .toList());
                        pack.put("remediation", r);
                      });
            });
    answer(ctx, format, pack, "finding-" + id);
  }

  private void party(Context ctx) {
    String format = format(ctx);
    String id = ctx.pathParam("id");
    Map<String, Object> pack = head(ctx, "party", id);
    db.jdbi()
        .useHandle(
            h -> {
              var party =
                  parties
                      .find(h, id)
                      .orElseThrow(
                          () -> ApiProblem.notFound("no stored party with id '" + id + "'"));
              Map<String, Object> stored = new LinkedHashMap<>();
              stored.put("name", party.name());
              stored.put("type", party.type());
              stored.put("country", party.country());
              stored.put("origin", party.origin());
              stored.put("createdAt", Timestamps.format(party.createdAt()));
              stored.put("screenedAt", Timestamps.format(party.screenedAt()));
              stored.put(
                  "lastHits",
                  party.lastHits().stream()
                      .map(
                          hit ->
                              Map.of(
                                  "partyId",
                                  hit.partyId(),
                                  "entryHash",
                                  hit.entryHash(),
                                  "score",
                                  hit.score()))
                      .toList());
              pack.put("party", stored);
              List<Map<String, Object>> rescreenHits = new ArrayList<>();
              List<String> keys = new ArrayList<>();
              for (var hit :
                  rescreens
                      .hits(
                          h,
                          java.util.Optional.empty(),
                          java.util.Optional.empty(),
                          java.util.Optional.of(id),
                          1,
                          500)
                      .items()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", hit.id());
                row.put("runId", hit.runId());
                row.put("at", Timestamps.format(hit.at()));
                row.put("kind", hit.kind());
                row.put("partyId", hit.partyId());
                row.put("listId", hit.listId());
                row.put("entryId", hit.entryId());
                row.put("primaryName", hit.primaryName());
                row.put("score", hit.score());
                row.put("reason", hit.reason());
                row.put("snapshotBefore", hit.snapshotBefore());
                row.put("snapshotAfter", hit.snapshotAfter());
                row.put("entryHash", hit.entryHash());
                row.put("explanation", Json.read(hit.explanation(), OBJECT));
                rescreenHits.add(row);
                keys.add(HitReviews.rescreenKey(hit));
              }
              pack.put("rescreenHits", rescreenHits);
              pack.put(
                  "decisions",
                  reviews
                      .history(h, Review.RESCREEN_HIT, keys.stream().distinct().toList())
                      .stream()
                      .map(ReviewsApi.ReviewBody::of)
                      .toList());
            });
    answer(ctx, format, pack, "party-" + id);
  }

  private static String format(Context ctx) {
    return Params.of(ctx, Set.of("format")).oneOf("format", List.of("json", "html")).orElse("json");
  }

  private void answer(Context ctx, String format, Map<String, Object> pack, String name) {
    if (signing.key().isPresent()) {
      // Signed over the pack as JSON (RFC 8785), the signature embedded; the HTML page embeds the
      // same JSON.
      ObjectNode signed;
      try {
        // Through the server's own JSON mapper, so the signed form is exactly what a client
        // receives.
        signed =
            DocumentSignatures.embed(
                (ObjectNode) PACKS.readTree(ctx.jsonMapper().toJsonString(pack, Map.class)),
                signing.key().get(),
                clock);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException("an evidence pack did not read back as JSON", e);
      }
      pack = PACKS.convertValue(signed, new TypeReference<Map<String, Object>>() {});
    }
    if (format.equals("html")) {
      ctx.header("Content-Security-Policy", HTML_POLICY);
      ctx.header("Content-Disposition", "inline; filename=\"evidence-" + name + ".html\"");
      ctx.contentType("text/html; charset=utf-8")
          .result(EvidenceHtml.render(pack).getBytes(StandardCharsets.UTF_8));
    } else {
      ctx.header("Content-Disposition", "inline; filename=\"evidence-" + name + ".json\"");
      ctx.json(pack);
    }
  }
}
