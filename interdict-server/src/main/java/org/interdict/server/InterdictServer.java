package org.interdict.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.interdict.catalog.CatalogLoader;
import org.interdict.scan.Scanner;
import org.interdict.server.audit.AuditApi;
import org.interdict.server.audit.Auditor;
import org.interdict.server.auth.Authenticator;
import org.interdict.server.auth.KeyService;
import org.interdict.server.auth.KeysApi;
import org.interdict.server.auth.SessionApi;
import org.interdict.server.auth.UsersApi;
import org.interdict.server.evidence.AuditCsv;
import org.interdict.server.evidence.EvidenceApi;
import org.interdict.server.evidence.ListsContext;
import org.interdict.server.findings.FindingsApi;
import org.interdict.server.http.HttpSetup;
import org.interdict.server.http.JsonBodies;
import org.interdict.server.http.Problems;
import org.interdict.server.http.Routes;
import org.interdict.server.lists.ListsFeature;
import org.interdict.server.lists.ListsOptions;
import org.interdict.server.meta.MetaApi;
import org.interdict.server.oidc.OidcApi;
import org.interdict.server.oidc.OidcSettings;
import org.interdict.server.overview.OverviewApi;
import org.interdict.server.queue.QueueApi;
import org.interdict.server.remediation.RemediationApi;
import org.interdict.server.remediation.RemediationService;
import org.interdict.server.retention.Retention;
import org.interdict.server.retention.RetentionApi;
import org.interdict.server.reviews.FourEyes;
import org.interdict.server.reviews.ReviewsApi;
import org.interdict.server.scans.ScanApi;
import org.interdict.server.scans.ScanService;
import org.interdict.server.screening.HistoryApi;
import org.interdict.server.screening.ScreeningApi;
import org.interdict.server.screening.ScreeningLists;
import org.interdict.server.screening.ScreeningService;
import org.interdict.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code interdict serve} process: opens (and migrates) the database, loads the lists and
 * catalog, builds the screening index, re-runs scans a crash interrupted, and serves docs/api.md
 * plus the dashboard.
 */
public final class InterdictServer {
  private static final Logger LOG = LoggerFactory.getLogger(InterdictServer.class);
  private static final String TIMER = "interdict.request.start";
  private final Javalin app;
  private final Database db;
  private final ScanService scans;
  private final Routes routes;
  private final Optional<String> initialAdminKey;
  private final ListsFeature listsFeature;
  private final RetentionApi retention;

  private InterdictServer(
      Javalin app,
      Database db,
      ScanService scans,
      Routes routes,
      Optional<String> key,
      ListsFeature listsFeature,
      RetentionApi retention) {
    this.listsFeature = listsFeature;
    this.retention = retention;
    this.app = app;
    this.db = db;
    this.scans = scans;
    this.routes = routes;
    this.initialAdminKey = key;
  }

  public static InterdictServer start(ServerConfig config) {
    return start(config, ListsOptions.defaults());
  }

  /** Starts with the list update, webhook and source settings of {@code listsOptions}. */
  public static InterdictServer start(ServerConfig config, ListsOptions listsOptions) {
    return start(config, listsOptions, Optional.empty());
  }

  /** Starts with single sign-on through the OpenID provider of {@code oidc}, when given. */
  public static InterdictServer start(
      ServerConfig config, ListsOptions listsOptions, Optional<OidcSettings> oidc) {
    createDirectories(config);
    StartupResources opened = new StartupResources();
    try {
      return start(config, opened, listsOptions, oidc);
    } catch (RuntimeException | Error e) {
      opened.closeAfter(e);
      throw e;
    }
  }

  /**
   * Everything {@code start} opens is registered in {@code opened} at once, so a failure closes it.
   */
  private static InterdictServer start(
      ServerConfig config,
      StartupResources opened,
      ListsOptions listsOptions,
      Optional<OidcSettings> oidc) {
    Database db = opened.add(Database.open(config.database()), Database::close);
    var clock = config.clock();
    PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    Auditor auditor =
        new Auditor(org.interdict.server.audit.SiteSigning.load(config.dataDir(), clock));
    ListsFeature listsFeature =
        opened.add(
            ListsFeature.start(db, config, listsOptions, auditor, version()), ListsFeature::close);
    ScreeningLists lists = listsFeature.lists();
    KeyService keyService = new KeyService(db, clock, auditor);
    Optional<String> initialKey =
        keyService.createInitialAdminIfEmpty().map(KeyService.CreatedKey::plainKey);
    RemediationService remediation = new RemediationService(clock, auditor);
    Scanner scanner = new Scanner(CatalogLoader.bundled(), clock, version());
    ScanService scans =
        opened.add(
            new ScanService(
                db,
                scanner,
                clock,
                config.dataDir(),
                config.scanWorkers(),
                auditor,
                remediation,
                metrics),
            ScanService::close);
    ObjectMapper mapper = new ObjectMapper().registerModule(new Jdk8Module());
    JsonBodies bodies = new JsonBodies(mapper);
    Authenticator authenticator = new Authenticator(db, clock, keyService);
    Javalin app =
        Javalin.create(
            c -> {
              c.showJavalinBanner = false;
              HttpSetup.configure(c, config.listener(), config.port());
              c.jsonMapper(new JavalinJackson(mapper, false));
              c.http.maxRequestSize = JsonBodies.MAX_BYTES;
              c.jetty.multipartConfig.cacheDirectory(config.dataDir().resolve("tmp").toString());
              c.jetty.multipartConfig.maxFileSize(config.maxUploadBytes(), SizeUnit.BYTES);
              c.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
              c.jetty.multipartConfig.maxTotalRequestSize(
                  config.maxUploadBytes() + 64 * 1024, SizeUnit.BYTES);
              c.staticFiles.enableWebjars();
              if (InterdictServer.class.getResource(config.staticFilesPath()) != null) {
                c.staticFiles.add(
                    s -> {
                      s.hostedPath = "/";
                      s.directory = config.staticFilesPath();
                      s.location = Location.CLASSPATH;
                    });
              } else {
                LOG.info(
                    "No dashboard files at classpath:{}; serving the API only",
                    config.staticFilesPath());
              }
            });
    Problems.install(app);
    HttpSetup.install(app);
    app.beforeMatched(authenticator::handle);
    app.before(ctx -> ctx.attribute(TIMER, System.nanoTime()));
    app.after(
        ctx -> {
          Long started = ctx.attribute(TIMER);
          if (started != null) {
            String route = ctx.endpointHandlerPath();
            Timer.builder("http.server.requests")
                .tag("method", ctx.method().name())
                .tag("route", route == null || route.isEmpty() ? "unmatched" : route)
                .tag("status", Integer.toString(ctx.statusCode()))
                .register(metrics)
                .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
          }
        });
    Routes routes = new Routes(app);
    new MetaApi(db, lists, metrics).register(routes);
    new SessionApi(db, clock, auditor, bodies).register(routes);
    new KeysApi(db, keyService, bodies).register(routes);
    new UsersApi(db, keyService.users(), bodies).register(routes);
    new OidcApi(oidc, db, clock, auditor, keyService.users(), mapper).register(routes);
    ListsContext listsContext = new ListsContext();
    new ScreeningApi(
            new ScreeningService(
                lists,
                db,
                clock,
                auditor,
                () -> metrics.counter("interdict.screenings").increment(),
                listsFeature.screeningHooks(),
                index -> listsContext.of(listsFeature.service().inForce(), index)),
            bodies)
        .register(routes);
    new org.interdict.server.match.MatchApi(lists, bodies).register(routes);
    listsFeature.register(routes, bodies);
    new ScanApi(db, scans, clock, config.maxUploadBytes()).register(routes);
    new FindingsApi(db).register(routes);
    FourEyes fourEyes = new FourEyes(db, clock, auditor);
    new ReviewsApi(db, clock, auditor, bodies, fourEyes).register(routes);
    new QueueApi(db, clock, auditor, bodies, fourEyes).register(routes);
    new RemediationApi(db, remediation, bodies).register(routes);
    new OverviewApi(db, clock).register(routes);
    new AuditApi(db, auditor.signing()).register(routes);
    new AuditCsv(db).register(routes);
    new HistoryApi(db).register(routes);
    new EvidenceApi(db, clock, version(), auditor.signing()).register(routes);
    RetentionApi retention =
        opened.add(
            new RetentionApi(new Retention(db, clock, auditor, config.dataDir()), bodies),
            RetentionApi::close);
    retention.register(routes);
    opened.add(app, Javalin::stop);
    app.start();
    int recovered = scans.recover();
    LOG.info(
        "Interdict server listening on {} port {} ({} database, {} parties screened against, {} interrupted "
            + "scan jobs recovered)",
        config.listener().bindAddress(),
        app.port(),
        db.kind(),
        lists.parties().size(),
        recovered);
    return new InterdictServer(app, db, scans, routes, initialKey, listsFeature, retention);
  }

  private static void createDirectories(ServerConfig config) {
    try {
      Files.createDirectories(config.dataDir().resolve("tmp"));
      TemporaryFiles.clear(config.dataDir().resolve("tmp"));
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot create the data directory " + config.dataDir() + ": " + e.getMessage(), e);
    }
  }

  static String version() {
    String version = InterdictServer.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }

  public int port() {
    return app.port();
  }

  /** The admin key created on this start because the database had none; empty on later starts. */
  public Optional<String> initialAdminKey() {
    return initialAdminKey;
  }

  /** Every operation served, as registered. */
  public List<Routes.Route> routes() {
    return routes.all();
  }

  public void stop() {
    app.stop();
    retention.close();
    scans.close();
    listsFeature.close();
    db.close();
  }
}
