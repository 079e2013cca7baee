package org.interdict.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stop and a start on the same data directory keep keys and data, and make no second admin key.
 */
class RestartIT {
  @Test
  void restartKeepsKeysAndData(@TempDir Path dir) {
    InterdictServer first = InterdictServer.start(ServerConfig.of(0, dir));
    String key = first.initialAdminKey().orElseThrow();
    try {
      Http http = new Http(first.port());
      assertThat(http.postJson("/api/v1/screen", key, "{\"name\": \"AO Kaspersky Lab\"}").status())
          .isEqualTo(200);
    } finally {
      first.stop();
    }
    InterdictServer second = InterdictServer.start(ServerConfig.of(0, dir));
    try {
      assertThat(second.initialAdminKey()).isEmpty();
      Http http = new Http(second.port());
      assertThat(
              http.get("/api/v1/overview", key).json().get("screening").get("screenings").asLong())
          .isEqualTo(1);
      assertThat(http.get("/api/v1/audit?action=key-created", key).json().get("total").asLong())
          .isEqualTo(1);
    } finally {
      second.stop();
    }
  }
}
