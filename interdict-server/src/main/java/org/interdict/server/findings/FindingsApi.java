package org.interdict.server.findings;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.interdict.policy.Status;
import org.interdict.report.csv.SafeCsvWriter;
import org.interdict.server.auth.Role;
import org.interdict.server.http.Params;
import org.interdict.server.http.Routes;
import org.interdict.server.http.Timestamps;
import org.interdict.server.reviews.ReviewsApi;
import org.interdict.store.Database;
import org.interdict.store.Page;
import org.interdict.store.findings.FindingQuery;
import org.interdict.store.findings.FindingRegime;
import org.interdict.store.findings.FindingRepository;
import org.interdict.store.findings.StoredFinding;
import org.interdict.store.remediation.RemediationItem;
import org.interdict.store.remediation.RemediationRepository;
import org.interdict.store.remediation.RemediationRepository.HostProduct;
import org.interdict.store.reviews.Review;
import org.interdict.store.reviews.ReviewRepository;

/**
 * {@code GET /api/v1/findings} and {@code GET /api/v1/findings.csv}. By default only each host's
 * latest completed scan counts (what is on the hosts now, as Remediation sees it); {@code
 * history=true}, or a {@code scan} filter, lists earlier scans' findings too. Each finding carries
 * its latest decision and its remediation item.
 */
public final class FindingsApi {
  private static final String[] FILTERS = {
    "regime", "status", "host", "product", "scan", "history", "sort", "order"
  };
  private static final List<String> STATUSES =
      Arrays.stream(Status.values()).map(Status::id).toList();
  private final Database db;
  private final FindingRepository findings = new FindingRepository();
  private final ReviewRepository reviews = new ReviewRepository();
  private final RemediationRepository remediation = new RemediationRepository();

  public FindingsApi(Database db) {
    this.db = db;
  }

  public void register(Routes routes) {
    routes
        .get("/api/v1/findings", this::list, Role.VIEWER)
        .get("/api/v1/findings.csv", this::csv, Role.VIEWER);
  }

  record ReviewView(String decision, String reviewer, String comment, String at) {}

  record RemediationView(String id, String state, String assignee, String dueDate) {
    static RemediationView of(RemediationItem item) {
      return item == null
          ? null
          : new RemediationView(
              item.id(),
              item.state(),
              item.assignee(),
              item.deadline().map(Object::toString).orElse(null));
    }
  }

  record FindingBody(
      String id,
      String scanId,
      String host,
      String productId,
      String productName,
      String vendorId,
      String context,
      String confidence,
      String observedName,
      String version,
      String location,
      long occurrences,
      List<String> evidence,
      String worstStatus,
      List<FindingRegime> regimes,
      String firstSeen,
      String lastSeen,
      ReviewView review,
      RemediationView remediation) {}

  record Listing(List<FindingBody> items, int page, int pageSize, long total) {}

  private static FindingQuery query(Params p, boolean paged) {
    boolean history = p.oneOf("history", List.of("true", "false")).orElse("false").equals("true");
    return new FindingQuery(
        p.text("regime"),
        p.oneOf("status", STATUSES),
        p.text("host"),
        p.text("product"),
        p.text("scan"),
        !history && p.text("scan").isEmpty(),
        p.oneOf("sort", FindingQuery.SORTS).orElse("deadline"),
        p.oneOf("order", List.of("asc", "desc")).orElse("asc").equals("desc"),
        paged ? p.page() : 1,
        paged ? p.pageSize() : FindingQuery.MAX_PAGE_SIZE);
  }

  private void list(Context ctx) {
    FindingQuery query = query(Params.paged(ctx, FILTERS), true);
    Listing listing =
        db.jdbi()
            .withHandle(
                h -> {
                  Page<StoredFinding> page = findings.list(h, query);
                  Map<String, Review> latest =
                      reviews.latest(
                          h,
                          Review.FINDING,
                          page.items().stream()
                              .map(f -> ReviewsApi.findingKey(f.host(), f.productId()))
                              .toList());
                  Map<HostProduct, RemediationItem> items =
                      remediation.byHostAndProduct(
                          h,
                          page.items().stream()
                              .map(f -> new HostProduct(f.host(), f.productId()))
                              .toList());
                  return new Listing(
                      page.items().stream()
                          .map(
                              f ->
                                  body(
                                      f,
                                      latest.get(ReviewsApi.findingKey(f.host(), f.productId())),
                                      items.get(new HostProduct(f.host(), f.productId()))))
                          .toList(),
                      page.page(),
                      page.pageSize(),
                      page.total());
                });
    ctx.json(listing);
  }

  private static FindingBody body(StoredFinding f, Review review, RemediationItem item) {
    return new FindingBody(
        f.id(),
        f.scanId(),
        f.host(),
        f.productId(),
        f.productName(),
        f.vendorId(),
        f.context(),
        f.confidence(),
        f.observedName(),
        f.version(),
        f.location(),
        f.occurrences(),
        f.evidence(),
        f.worstStatus(),
        f.regimes(),
        Timestamps.format(f.firstSeen()),
        Timestamps.format(f.lastSeen()),
        review == null
            ? null
            : new ReviewView(
                review.decision(),
                review.reviewer(),
                review.comment(),
                Timestamps.format(review.at())),
        RemediationView.of(item));
  }

  private void csv(Context ctx) throws IOException {
    FindingQuery query = query(Params.of(ctx, java.util.Set.of(FILTERS)), false);
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"findings.csv\"");
    SafeCsvWriter csv =
        csvWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
    csv.row(
        "finding_id",
        "scan_id",
        "host",
        "product_id",
        "product_name",
        "vendor_id",
        "context",
        "confidence",
        "observed_name",
        "version",
        "location",
        "worst_status",
        "regime_id",
        "status",
        "deadline",
        "citation",
        "action",
        "first_seen",
        "last_seen",
        "decision",
        "decided_by",
        "decided_at",
        "decision_comment",
        "remediation_state",
        "assignee",
        "due_date");
    db.jdbi()
        .useHandle(
            h -> {
              // Decisions and remediation items are few (one per host and product): read them once,
              // not per row.
              Map<String, Review> decided = reviews.latestOfType(h, Review.FINDING);
              Map<HostProduct, RemediationItem> items = remediation.all(h);
              findings.forEach(
                  h,
                  query,
                  f -> {
                    Review review = decided.get(ReviewsApi.findingKey(f.host(), f.productId()));
                    RemediationItem item = items.get(new HostProduct(f.host(), f.productId()));
                    List<FindingRegime> regimes =
                        f.regimes().isEmpty()
                            ? List.of(new FindingRegime("", "", "", null, "", ""))
                            : f.regimes();
                    for (FindingRegime r : regimes) {
                      csv.row(
                          f.id(),
                          f.scanId(),
                          f.host(),
                          f.productId(),
                          f.productName(),
                          f.vendorId(),
                          f.context(),
                          f.confidence(),
                          f.observedName(),
                          f.version(),
                          f.location(),
                          f.worstStatus(),
                          r.regimeId(),
                          r.status(),
                          r.deadline() == null ? "" : r.deadline(),
                          r.citation(),
                          r.action(),
                          Timestamps.format(f.firstSeen()),
                          Timestamps.format(f.lastSeen()),
                          review == null ? "" : review.decision(),
                          review == null ? "" : review.reviewer(),
                          review == null ? "" : Timestamps.format(review.at()),
                          review == null ? "" : review.comment(),
                          item == null ? "" : item.state(),
                          item == null ? "" : item.assignee(),
                          item == null ? "" : item.deadline().map(Object::toString).orElse(""));
                    }
                  });
            });
    csv.flush();
  }

  /**
   * The writer of findings.csv: the one formula-safe CSV writer (RFC 4180 quoting, CRLF, a leading
   * =, +, -, @ prefixed with ' so spreadsheets do not run inventory text as a formula).
   */
  static SafeCsvWriter csvWriter(Writer out) {
    return SafeCsvWriter.of(out);
  }
}
