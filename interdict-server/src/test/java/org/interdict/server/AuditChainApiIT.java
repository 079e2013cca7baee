package org.interdict.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.function.Function;
import org.interdict.verify.DocumentSignatures;
import org.interdict.verify.SiteKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin API over the audit chain on a running server with a site key, on SQLite and PostgreSQL:
 * intact after real requests, then one byte of one stored row changed and the first broken link
 * named.
 */
class AuditChainApiIT {
  static TestPostgres postgres;

  @BeforeAll
  static void start() {
    postgres = TestPostgres.start();
  }

  @AfterAll
  static void stop() throws Exception {
    postgres.close();
  }

  @Test
  void sqlite(@TempDir Path dir) throws Exception {
    check(
        dir,
        ServerConfig.of(0, dir),
        config -> {
          try {
            return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("interdict.db"));
          } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  @Test
  void postgresql(@TempDir Path dir) throws Exception {
    check(
        dir,
        postgres.config(dir),
        config -> {
          try {
            return postgres.connect();
          } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private static void check(
      Path dir, ServerConfig config, Function<ServerConfig, Connection> connect) throws Exception {
    SiteKeys.write(SiteKeys.generate(), dir.resolve("site-key"));
    InterdictServer server = InterdictServer.start(config);
    String key = server.initialAdminKey().orElseThrow();
    try {
      Http http = new Http(server.port());
      for (int i = 0; i < 3; i++) {
        assertThat(
                http.postJson(
                        "/api/v1/keys", key, Http.json(Map.of("name", "k" + i, "role", "viewer")))
                    .status())
            .isEqualTo(201);
      }
      Http.Response checkpoint = http.postJson("/api/v1/audit/checkpoint", key, "{}");
      assertThat(checkpoint.status()).as(checkpoint.body()).isEqualTo(200);
      JsonNode ok = http.get("/api/v1/audit/verify", key).json();
      assertThat(ok.get("intact").asBoolean()).as(ok.toString()).isTrue();
      assertThat(ok.get("events").asLong()).isGreaterThanOrEqualTo(4);
      assertThat(ok.get("checkpoints").asLong()).isEqualTo(1);

      ServerSigning.assertSignsDocuments(dir);
      assertEvidencePacksAreSigned(http, key, dir);
    } finally {
      server.stop();
    }
    String id;
    try (Connection c = connect.apply(config);
        var s = c.createStatement()) {
      var rs = s.executeQuery("SELECT id FROM audit_events WHERE seq = 2");
      rs.next();
      id = rs.getString(1);
      // One byte: the first character of the role changes from 'admin' to 'bdmin'.
      assertThat(
              s.executeUpdate(
                  "UPDATE audit_events SET role = 'b' || substr(role, 2) WHERE seq = 2"))
          .isEqualTo(1);
    }
    server = InterdictServer.start(config);
    try {
      JsonNode broken = new Http(server.port()).get("/api/v1/audit/verify", key).json();
      assertThat(broken.get("intact").asBoolean()).isFalse();
      assertThat(broken.get("firstBreak").get("seq").asLong()).isEqualTo(2);
      assertThat(broken.get("firstBreak").get("place").asText()).isEqualTo("audit_events id " + id);
      assertThat(broken.get("firstBreak").get("problem").asText()).contains("the row was changed");
    } finally {
      server.stop();
    }
  }

  /** With a site key, an evidence pack carries its signature, and an edited pack fails it. */
  private static void assertEvidencePacksAreSigned(Http http, String key, Path dataDir)
      throws Exception {
    JsonNode screened =
        http.postJson("/api/v1/screen", key, "{\"name\": \"Kaspersky Lab\"}").json();
    String id = screened.get("screeningId").asText();
    JsonNode pack = http.get("/api/v1/evidence/screenings/" + id, key).json();
    assertThat(pack.get("schema").asText()).isEqualTo("interdict-evidence/1");
    assertThat(pack.path("signature").path("algorithm").asText()).isEqualTo("Ed25519");
    var trusted =
        java.util.Optional.of(SiteKeys.readPrivate(dataDir.resolve("site-key")).publicKey());
    assertThat(DocumentSignatures.embeddedProblems(pack, trusted)).isEmpty();
    ((com.fasterxml.jackson.databind.node.ObjectNode) pack).put("generatedBy", "someone-else");
    assertThat(DocumentSignatures.embeddedProblems(pack, trusted))
        .anySatisfy(problem -> assertThat(problem).contains("SHA-256"))
        .anySatisfy(problem -> assertThat(problem).contains("Ed25519 signature does not match"));
  }

  /** The document signing API the dashboard's evidence packs use. */
  static final class ServerSigning {
    static void assertSignsDocuments(Path dataDir) throws Exception {
      var signing =
          org.interdict.server.audit.SiteSigning.load(dataDir, java.time.Clock.systemUTC());
      JsonNode pack = Http.JSON.readTree("{\"case\":\"c1\",\"verdict\":\"true-match\"}");
      JsonNode block = signing.sign(pack);
      var trusted = java.util.Optional.of(signing.key().orElseThrow().publicKey());
      assertThat(DocumentSignatures.problems(pack, block, trusted)).isEmpty();
      JsonNode edited = Http.JSON.readTree("{\"case\":\"c1\",\"verdict\":\"false-match\"}");
      assertThat(DocumentSignatures.problems(edited, block, trusted)).isNotEmpty();
    }
  }
}
