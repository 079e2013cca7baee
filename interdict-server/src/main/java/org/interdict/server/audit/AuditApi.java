package org.interdict.server.audit;

import io.javalin.http.Context;
import java.util.List;
import org.interdict.server.auth.Role;
import org.interdict.server.http.Params;
import org.interdict.server.http.Routes;
import org.interdict.server.http.Timestamps;
import org.interdict.store.Database;
import org.interdict.store.Page;
import org.interdict.store.audit.AuditEvent;
import org.interdict.store.audit.AuditRepository;

/** {@code GET /api/v1/audit}: the audit trail, newest first, read-only. */
public final class AuditApi {
  private final Database db;
  private final AuditRepository audit = new AuditRepository();

  public AuditApi(Database db) {
    this.db = db;
  }

  public void register(Routes routes) {
    routes.get("/api/v1/audit", this::list, Role.VIEWER);
  }

  record Item(String id, String at, String actor, String role, String action, String subjectType, String subjectId,
      String detail) {}

  record Listing(List<Item> items, int page, int pageSize, long total) {}

  private void list(Context ctx) {
    Params params = Params.paged(ctx, "action", "actor");
    Page<AuditEvent> page = db.jdbi().withHandle(h -> audit.list(h, params.text("action"), params.text("actor"),
        params.page(), params.pageSize()));
    ctx.json(new Listing(page.items().stream().map(e -> new Item(e.id(), Timestamps.format(e.at()), e.actor(),
        e.role(), e.action(), e.subjectType(), e.subjectId(), e.detail())).toList(), page.page(), page.pageSize(),
        page.total()));
  }
}
