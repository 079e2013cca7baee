package org.interdict.server.audit;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.interdict.server.auth.Role;
import org.interdict.server.http.ApiProblem;
import org.interdict.server.http.Params;
import org.interdict.server.http.Routes;
import org.interdict.server.http.Timestamps;
import org.interdict.store.Database;
import org.interdict.store.Page;
import org.interdict.store.audit.AuditEvent;
import org.interdict.store.audit.AuditRepository;
import org.interdict.store.audit.ChainReport;
import org.interdict.store.audit.ChainVerifier;

/**
 * {@code GET /api/v1/audit}: the audit trail, newest first, read-only. {@code GET
 * /api/v1/audit/verify} (admin): walks the hash chain and reports the first broken link; {@code
 * POST /api/v1/audit/checkpoint} (admin): signs the chain's end now.
 */
public final class AuditApi {
  private final Database db;
  private final SiteSigning signing;
  private final AuditRepository audit = new AuditRepository();

  public AuditApi(Database db, SiteSigning signing) {
    this.db = db;
    this.signing = signing;
  }

  public void register(Routes routes) {
    routes.get("/api/v1/audit", this::list, Role.VIEWER);
    routes.get("/api/v1/audit/verify", this::verify, Role.ADMIN);
    routes.post("/api/v1/audit/checkpoint", this::checkpoint, Role.ADMIN);
  }

  record Item(
      String id,
      String at,
      String actor,
      String role,
      String action,
      String subjectType,
      String subjectId,
      String detail) {}

  record Listing(List<Item> items, int page, int pageSize, long total) {}

  record Break(long seq, String place, String problem) {}

  record Verification(
      boolean intact,
      long events,
      long checkpoints,
      long tombstones,
      long lastSeq,
      Optional<Break> firstBreak,
      List<String> notes,
      Optional<String> siteKey) {}

  record Signed(long seq, String hash, String at, String keyFingerprint) {}

  private void list(Context ctx) {
    Params params = Params.paged(ctx, "action", "actor");
    Page<AuditEvent> page =
        db.jdbi()
            .withHandle(
                h ->
                    audit.list(
                        h,
                        params.text("action"),
                        params.text("actor"),
                        params.page(),
                        params.pageSize()));
    ctx.json(
        new Listing(
            page.items().stream()
                .map(
                    e ->
                        new Item(
                            e.id(),
                            Timestamps.format(e.at()),
                            e.actor(),
                            e.role(),
                            e.action(),
                            e.subjectType(),
                            e.subjectId(),
                            e.detail()))
                .toList(),
            page.page(),
            page.pageSize(),
            page.total()));
  }

  private void verify(Context ctx) {
    ChainReport report =
        db.inTransaction(
            h ->
                ChainVerifier.verify(
                    h, signing.key().map(org.interdict.verify.SiteKey::publicKey)));
    ctx.json(
        new Verification(
            report.intact(),
            report.events(),
            report.checkpoints(),
            report.tombstones(),
            report.lastSeq(),
            report.firstBreak().map(b -> new Break(b.seq(), b.place(), b.problem())),
            report.notes(),
            signing.key().map(org.interdict.verify.SiteKey::fingerprint)));
  }

  private void checkpoint(Context ctx) {
    if (signing.key().isEmpty()) {
      throw ApiProblem.conflict(
          "no site key at DATA_DIR/" + SiteSigning.KEY_FILE + ": checkpoints are signed");
    }
    var written = db.inTransaction(h -> signing.chain().checkpoint(h));
    if (written.isEmpty()) {
      throw ApiProblem.conflict("the audit log is empty: nothing to checkpoint");
    }
    var c = written.get();
    ctx.json(new Signed(c.seq(), c.hash(), Timestamps.format(c.at()), c.keyFingerprint()));
  }
}
