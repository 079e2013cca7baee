package org.interdict.server.auth;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * {@code /api/v1/users}: list users with their keys, create a local user, disable and re-enable
 * one; admin only. Keys for a user are made with {@code POST /api/v1/keys} and its {@code userId}.
 */
public final class UsersApi {
  private final Database db;
  private final UserService service;
  private final JsonBodies bodies;
  private final UserRepository users = new UserRepository();
  private final ApiKeyRepository keys = new ApiKeyRepository();

  public UsersApi(Database db, UserService service, JsonBodies bodies) {
    this.db = db;
    this.service = service;
    this.bodies = bodies;
  }

  public void register(Routes routes) {
    routes
        .get("/api/v1/users", this::list, Role.ADMIN)
        .post("/api/v1/users", this::create, Role.ADMIN)
        .post("/api/v1/users/{id}/disable", this::disable, Role.ADMIN)
        .post("/api/v1/users/{id}/enable", this::enable, Role.ADMIN);
  }

  record CreateRequest(String name, String displayName) {}

  record KeyItem(String id, String name, String role, String revokedAt) {}

  record Item(
      String id,
      String name,
      String displayName,
      String email,
      String source,
      String oidcIssuer,
      String oidcSubject,
      String createdAt,
      String createdBy,
      String disabledAt,
      String lastSignInAt,
      List<KeyItem> keys) {}

  record Listing(List<Item> items) {}

  private void list(Context ctx) {
    Params.of(ctx, Set.of());
    List<User> all = db.jdbi().withHandle(users::all);
    Map<String, List<ApiKey>> byUser =
        db.jdbi().withHandle(keys::all).stream().collect(Collectors.groupingBy(ApiKey::userId));
    ctx.json(
        new Listing(
            all.stream().map(u -> item(u, byUser.getOrDefault(u.id(), List.of()))).toList()));
  }

  private static Item item(User u, List<ApiKey> owned) {
    return new Item(
        u.id(),
        u.name(),
        u.displayName(),
        u.email(),
        u.source(),
        u.oidc().map(User.OidcIdentity::issuer).orElse(null),
        u.oidc().map(User.OidcIdentity::subject).orElse(null),
        Timestamps.format(u.createdAt()),
        u.createdBy(),
        Timestamps.format(u.disabledAt()),
        Timestamps.format(u.lastSignInAt()),
        owned.stream()
            .map(k -> new KeyItem(k.id(), k.name(), k.role(), Timestamps.format(k.revokedAt())))
            .toList());
  }

  private void create(Context ctx) {
    Params.of(ctx, Set.of());
    CreateRequest request = bodies.read(ctx, CreateRequest.class);
    if (request.name() == null || request.name().isBlank() || request.name().length() > 200) {
      throw ApiProblem.invalidParameter("'name' is required: 1 to 200 characters");
    }
    String displayName = request.displayName() == null ? "" : request.displayName().strip();
    String name = request.name().strip();
    User created =
        service
            .create(Principal.of(ctx), name, displayName)
            .orElseThrow(() -> ApiProblem.conflict("a user named '" + name + "' exists already"));
    ctx.status(201).json(item(created, List.of()));
  }

  private void disable(Context ctx) {
    Params.of(ctx, Set.of());
    String id = ctx.pathParam("id");
    if (Principal.of(ctx).userId().equals(id)) {
      throw ApiProblem.conflict("an admin cannot disable their own user");
    }
    if (!service.disable(Principal.of(ctx), id)) {
      throw ApiProblem.notFound("no enabled user with id '" + id + "'");
    }
    ctx.status(204);
  }

  private void enable(Context ctx) {
    Params.of(ctx, Set.of());
    String id = ctx.pathParam("id");
    if (!service.enable(Principal.of(ctx), id)) {
      throw ApiProblem.notFound("no disabled user with id '" + id + "'");
    }
    ctx.status(204);
  }
}
