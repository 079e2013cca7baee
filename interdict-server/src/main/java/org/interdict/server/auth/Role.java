package org.interdict.server.auth;

import io.javalin.security.RouteRole;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The roles of docs/api.md, each including the ones before it: viewer, analyst, approver (an
 * analyst who may also approve or reject another user's decision under four-eyes review), admin.
 */
public enum Role implements RouteRole {
  VIEWER("viewer"),
  ANALYST("analyst"),
  APPROVER("approver"),
  ADMIN("admin");

  private final String id;

  Role(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public boolean includes(Role other) {
    return compareTo(other) >= 0;
  }

  public static Optional<Role> fromId(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(Role::id).toList();
  }
}
