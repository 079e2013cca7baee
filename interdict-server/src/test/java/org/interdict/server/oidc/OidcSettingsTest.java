package org.interdict.server.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.interdict.server.auth.Role;
import org.junit.jupiter.api.Test;

class OidcSettingsTest {
  @Test
  void readsGroupRolePairsInOrderWithSpacesAndEqualsSignsInGroupNames() {
    assertThat(OidcSettings.parseRoleMap(" grp-admins=admin, ou=x=analyst ,"))
        .containsExactly(
            java.util.Map.entry("grp-admins", Role.ADMIN),
            java.util.Map.entry("ou=x", Role.ANALYST));
  }

  @Test
  void namesTheBadPair() {
    assertThatThrownBy(() -> OidcSettings.parseRoleMap("grp-admins=root"))
        .hasMessageContaining("role 'root' of group 'grp-admins'")
        .hasMessageContaining("[viewer, analyst, approver, admin]");
    assertThatThrownBy(() -> OidcSettings.parseRoleMap("grp-admins"))
        .hasMessageContaining("'grp-admins' in the OIDC role map is not group=role");
    assertThatThrownBy(() -> OidcSettings.parseRoleMap("a=admin,a=viewer"))
        .hasMessageContaining("group 'a' appears twice");
  }
}
