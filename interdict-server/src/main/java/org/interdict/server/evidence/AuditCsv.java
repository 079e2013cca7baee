package org.interdict.server.evidence;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.interdict.report.csv.SafeCsvWriter;
import org.interdict.server.auth.Role;
import org.interdict.server.http.ApiProblem;
import org.interdict.server.http.Params;
import org.interdict.server.http.Routes;
import org.interdict.server.http.Timestamps;
import org.interdict.store.Database;
import org.interdict.store.audit.AuditRepository;

/**
 * {@code GET /api/v1/audit.csv?from=YYYY-MM-DD&to=YYYY-MM-DD}: the audit events of those UTC days
 * (both included), oldest first, as formula-safe CSV.
 */
public final class AuditCsv {
  private final Database db;
  private final AuditRepository audit = new AuditRepository();

  public AuditCsv(Database db) {
    this.db = db;
  }

  public void register(Routes routes) {
    routes.get("/api/v1/audit.csv", this::export, Role.VIEWER);
  }

  private void export(Context ctx) throws IOException {
    Params p = Params.of(ctx, Set.of("from", "to"));
    LocalDate from =
        Params.date(
            "from",
            p.text("from")
                .orElseThrow(
                    () ->
                        ApiProblem.invalidParameter(
                            "query parameter 'from' (YYYY-MM-DD) is required")));
    LocalDate to =
        Params.date(
            "to",
            p.text("to")
                .orElseThrow(
                    () ->
                        ApiProblem.invalidParameter(
                            "query parameter 'to' (YYYY-MM-DD) is required")));
    if (to.isBefore(from)) {
      throw ApiProblem.invalidParameter("'to' (" + to + ") is before 'from' (" + from + ")");
    }
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"audit-" + from + "-" + to + ".csv\"");
    SafeCsvWriter csv =
        SafeCsvWriter.of(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
    csv.row("id", "at", "actor", "role", "action", "subject_type", "subject_id", "detail");
    db.jdbi()
        .useHandle(
            h ->
                audit.forEachBetween(
                    h,
                    from.atStartOfDay().toInstant(ZoneOffset.UTC),
                    to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                    e ->
                        csv.row(
                            e.id(),
                            Timestamps.format(e.at()),
                            e.actor(),
                            e.role(),
                            e.action(),
                            e.subjectType(),
                            e.subjectId(),
                            e.detail())));
    csv.flush();
  }
}
