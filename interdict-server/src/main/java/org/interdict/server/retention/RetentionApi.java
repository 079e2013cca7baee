package org.interdict.server.retention;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.interdict.server.auth.Principal;
import org.interdict.server.auth.Role;
import org.interdict.server.http.JsonBodies;
import org.interdict.server.http.Params;
import org.interdict.server.http.Routes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET/POST /api/v1/settings/retention} and {@code POST /api/v1/retention/purge}; runs the
 * purge once a day on its own thread (first an hour after start) until {@link #close}.
 */
public final class RetentionApi implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RetentionApi.class);
  private final Retention retention;
  private final JsonBodies bodies;
  private final ScheduledExecutorService schedule =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "interdict-retention");
            t.setDaemon(true);
            return t;
          });

  public RetentionApi(Retention retention, JsonBodies bodies) {
    this.retention = retention;
    this.bodies = bodies;
    schedule.scheduleAtFixedRate(this::scheduled, 1, 24, TimeUnit.HOURS);
  }

  public void register(Routes routes) {
    routes
        .get("/api/v1/settings/retention", this::show, Role.VIEWER)
        .post("/api/v1/settings/retention", this::configure, Role.ADMIN)
        .post("/api/v1/retention/purge", this::purgeNow, Role.ADMIN);
  }

  record Setting(int years, List<String> citations, String auditLog) {}

  record YearsRequest(Integer years) {}

  private void show(Context ctx) {
    Params.of(ctx, Set.of());
    ctx.json(new Setting(retention.years(), Retention.CITATIONS, Retention.AUDIT_LOG));
  }

  private void configure(Context ctx) {
    Params.of(ctx, Set.of());
    int years =
        retention.configure(Principal.of(ctx), bodies.read(ctx, YearsRequest.class).years());
    ctx.json(new Setting(years, Retention.CITATIONS, Retention.AUDIT_LOG));
  }

  private void purgeNow(Context ctx) {
    Params.of(ctx, Set.of());
    ctx.json(retention.purge(Principal.of(ctx).userName()));
  }

  private void scheduled() {
    try {
      retention.purge("server");
    } catch (RuntimeException e) {
      LOG.error("The scheduled retention purge failed; it runs again in 24 hours", e);
    }
  }

  @Override
  public void close() {
    schedule.shutdownNow();
  }
}
