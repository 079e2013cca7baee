package org.interdict.server.oidc;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.interdict.server.auth.Role;

/**
 * How to sign in with an OpenID provider: its issuer (configuration is discovered from it), the
 * client registered there, the ID-token claim that lists the user's groups, which group grants
 * which role, and the redirect URI registered for this server (by default derived from the request:
 * the scheme and host the browser used, then {@code /auth/oidc/callback}).
 */
public record OidcSettings(
    URI issuer,
    String clientId,
    String clientSecret,
    String groupsClaim,
    Map<String, Role> roleByGroup,
    Optional<URI> redirectUri) {
  public static final String DEFAULT_GROUPS_CLAIM = "groups";

  public OidcSettings {
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
    Objects.requireNonNull(groupsClaim, "groupsClaim");
    Objects.requireNonNull(redirectUri, "redirectUri");
    roleByGroup = Collections.unmodifiableMap(new LinkedHashMap<>(roleByGroup));
    if (roleByGroup.isEmpty()) {
      throw new IllegalArgumentException(
          "the OIDC role map is empty: no group could sign in; give group=role pairs");
    }
  }

  /**
   * Reads {@code 'grp-admins=admin,grp-analysts=analyst'}: comma-separated {@code group=role} pairs
   * with roles of {@link Role#ids()}.
   *
   * @throws IllegalArgumentException naming the pair that is not {@code group=role}
   */
  public static Map<String, Role> parseRoleMap(String text) {
    Map<String, Role> map = new LinkedHashMap<>();
    for (String pair : text.split(",", -1)) {
      String trimmed = pair.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      int eq = trimmed.lastIndexOf('=');
      if (eq <= 0 || eq == trimmed.length() - 1) {
        throw new IllegalArgumentException(
            "'" + trimmed + "' in the OIDC role map is not group=role");
      }
      String group = trimmed.substring(0, eq).strip();
      String roleId = trimmed.substring(eq + 1).strip();
      Role role =
          Role.fromId(roleId)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "role '"
                              + roleId
                              + "' of group '"
                              + group
                              + "' in the OIDC role map is not one of "
                              + Role.ids()));
      if (map.put(group, role) != null) {
        throw new IllegalArgumentException(
            "group '" + group + "' appears twice in the OIDC role map");
      }
    }
    return map;
  }
}
