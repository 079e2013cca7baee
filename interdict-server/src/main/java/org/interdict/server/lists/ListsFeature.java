package org.interdict.server.lists;

import org.interdict.server.ServerConfig;
import org.interdict.server.audit.Auditor;
import org.interdict.server.http.JsonBodies;
import org.interdict.server.http.Routes;
import org.interdict.server.ownership.OwnershipApi;
import org.interdict.server.ownership.OwnershipService;
import org.interdict.server.parties.PartiesApi;
import org.interdict.server.parties.StoredParties;
import org.interdict.server.screening.ScreeningHooks;
import org.interdict.server.screening.ScreeningLists;
import org.interdict.store.Database;

/**
 * The server's "lists that stay current" feature in one place, so the server needs one line per
 * hook: the lists in force with updates, reloads and delta re-screening, stored parties, and
 * ownership. Thread-safe once started.
 */
public final class ListsFeature implements AutoCloseable {
  private final Database db;
  private final ServerConfig config;
  private final Auditor auditor;
  private final ListsService lists;
  private final OwnershipService ownership;

  private ListsFeature(
      Database db,
      ServerConfig config,
      Auditor auditor,
      ListsService lists,
      OwnershipService ownership) {
    this.db = db;
    this.config = config;
    this.auditor = auditor;
    this.lists = lists;
    this.ownership = ownership;
  }

  public static ListsFeature start(
      Database db, ServerConfig config, ListsOptions options, Auditor auditor, String version) {
    ListsService lists =
        ListsService.start(
            db, config.listsDir(), config.dataDir(), options, config.clock(), auditor, version);
    return new ListsFeature(
        db,
        config,
        auditor,
        lists,
        new OwnershipService(db, config.clock(), () -> lists.lists().index()));
  }

  /** The shared lists and index in force (replaced in place by updates and reloads). */
  public ScreeningLists lists() {
    return lists.lists();
  }

  /** Keeps screened names as stored parties and adds ownership flags to screening answers. */
  public ScreeningHooks screeningHooks() {
    return ScreeningHooks.both(new StoredParties(config.clock()), ownership);
  }

  public ListsService service() {
    return lists;
  }

  public void register(Routes routes, JsonBodies bodies) {
    new ListsApi(lists, db, config.clock(), bodies).register(routes);
    new ListsDiffApi(lists).register(routes);
    new PartiesApi(db, lists.lists(), config.clock(), auditor, bodies).register(routes);
    new OwnershipApi(db, ownership, config.clock(), auditor, bodies).register(routes);
  }

  @Override
  public void close() {
    lists.close();
  }
}
