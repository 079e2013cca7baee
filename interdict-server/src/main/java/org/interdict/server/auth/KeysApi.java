package org.interdict.server.auth;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.interdict.server.http.ApiProblem;
import org.interdict.server.http.JsonBodies;
import org.interdict.server.http.Params;
import org.interdict.server.http.Routes;
import org.interdict.server.http.Timestamps;
import org.interdict.store.Database;
import org.interdict.store.keys.ApiKey;
import org.interdict.store.keys.ApiKeyRepository;
import org.interdict.store.users.User;
import org.interdict.store.users.UserRepository;

/**
 * {@code /api/v1/keys}: list (with each key's owner), create for a user (the key is shown once) and
 * revoke API keys; admin only.
 */
public final class KeysApi {
  private final Database db;
  private final KeyService service;
  private final JsonBodies bodies;
  private final ApiKeyRepository keys = new ApiKeyRepository();
  private final UserRepository users = new UserRepository();

  public KeysApi(Database db, KeyService service, JsonBodies bodies) {
    this.db = db;
    this.service = service;
    this.bodies = bodies;
  }

  public void register(Routes routes) {
    routes
        .get("/api/v1/keys", this::list, Role.ADMIN)
        .post("/api/v1/keys", this::create, Role.ADMIN)
        .delete("/api/v1/keys/{id}", this::revoke, Role.ADMIN);
  }

  record CreateRequest(String name, String role, String userId) {}

  record Created(String id, String name, String role, String userId, String userName, String key) {}

  record Item(
      String id,
      String name,
      String role,
      String userId,
      String userName,
      String createdAt,
      String createdBy,
      String revokedAt) {}

  record Listing(List<Item> items) {}

  private void list(Context ctx) {
    Params.of(ctx, java.util.Set.of());
    List<ApiKey> all = db.jdbi().withHandle(keys::all);
    Map<String, String> names =
        db.jdbi().withHandle(users::all).stream().collect(Collectors.toMap(User::id, User::name));
    ctx.json(
        new Listing(
            all.stream()
                .map(
                    k ->
                        new Item(
                            k.id(),
                            k.name(),
                            k.role(),
                            k.userId(),
                            names.getOrDefault(k.userId(), ""),
                            Timestamps.format(k.createdAt()),
                            k.createdBy(),
                            Timestamps.format(k.revokedAt())))
                .toList()));
  }

  private void create(Context ctx) {
    Params.of(ctx, java.util.Set.of());
    CreateRequest request = bodies.read(ctx, CreateRequest.class);
    if (request.name() == null || request.name().isBlank() || request.name().length() > 200) {
      throw ApiProblem.invalidParameter("'name' is required: 1 to 200 characters");
    }
    Role role =
        Role.fromId(request.role() == null ? "" : request.role())
            .orElseThrow(
                () ->
                    ApiProblem.invalidParameter(
                        "'role' must be one of " + Role.ids() + ", was '" + request.role() + "'"));
    Optional<String> owner =
        Optional.ofNullable(request.userId()).map(String::strip).filter(id -> !id.isEmpty());
    KeyService.CreatedKey created;
    try {
      created = service.create(Principal.of(ctx), request.name().strip(), role, owner);
    } catch (UnknownUserException e) {
      throw ApiProblem.notFound(e.getMessage());
    }
    String userName =
        db.jdbi().withHandle(h -> users.find(h, created.key().userId())).map(User::name).orElse("");
    ctx.status(201)
        .json(
            new Created(
                created.key().id(),
                created.key().name(),
                created.key().role(),
                created.key().userId(),
                userName,
                created.plainKey()));
  }

  private void revoke(Context ctx) {
    Params.of(ctx, java.util.Set.of());
    String id = ctx.pathParam("id");
    if (!service.revoke(Principal.of(ctx), id)) {
      throw ApiProblem.notFound("no active API key with id '" + id + "'");
    }
    ctx.status(204);
  }
}
