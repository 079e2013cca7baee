package org.interdict.lists.update;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Stream;
import org.interdict.lists.OfficialSource;
import org.interdict.lists.snapshot.Attempt;
import org.interdict.lists.snapshot.FileDigests;
import org.interdict.lists.snapshot.Snapshot;
import org.interdict.lists.snapshot.SnapshotStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Updates the OFAC SDN source from a real loopback HTTP server serving fixtures and failures. */
class ListUpdaterIT {
  static final Instant FIRST = Instant.parse("2024-05-03T18:43:00Z");
  static final Instant SECOND = Instant.parse("2024-05-04T06:00:00Z");
  static final int ROWS = 100;

  @TempDir Path dataDir;
  FixtureServer server;
  HttpFetcher fetcher;
  HttpFetcher impatientFetcher;
  SnapshotStore store;
  OfficialSource source;

  @BeforeEach
  void start() throws Exception {
    server = new FixtureServer();
    // Downloads that must succeed get timeouts no load on the machine reaches; the timeout cases
    // use a stalling server (it answers only once closed), so their short timeouts always fire.
    fetcher =
        new HttpFetcher(
            new HttpFetcher.Settings(
                Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(60), 1 << 20),
            "interdict-test");
    impatientFetcher =
        new HttpFetcher(
            new HttpFetcher.Settings(
                Duration.ofSeconds(30), Duration.ofMillis(200), Duration.ofMillis(200), 1 << 20),
            "interdict-test");
    store = SnapshotStore.at(dataDir);
    source =
        OfficialSources.defaults()
            .withOverrides(
                java.util.Map.of(
                    "us-ofac-sdn", server.baseUrl("ofac"), "us-ofac-sdn.min-entries", "20"))
            .byId("us-ofac-sdn");
    serveComplete(ROWS, "\"v1\"");
  }

  @AfterEach
  void stop() {
    fetcher.close();
    impatientFetcher.close();
    server.close();
  }

  void serveComplete(int rows, String etag) {
    server.reply("/ofac/SDN.CSV", new FixtureServer.Serve(SdnFixture.sdn(rows), etag));
    server.reply("/ofac/ALT.CSV", new FixtureServer.Serve(SdnFixture.alt(rows), etag));
    server.reply("/ofac/ADD.CSV", new FixtureServer.Serve(SdnFixture.add(rows), etag));
    server.reply("/ofac/SDN_COMMENTS.CSV", new FixtureServer.Serve(SdnFixture.comments(), etag));
  }

  UpdateReport updateAt(Instant when) {
    return updateAt(when, fetcher);
  }

  UpdateReport updateAt(Instant when, HttpFetcher with) {
    return new ListUpdater(store, Optional.of(with), Clock.fixed(when, ZoneOffset.UTC))
        .update(source);
  }

  @Test
  void firstUpdateStoresAnImmutableSnapshotWithItsManifest() throws Exception {
    UpdateReport report = updateAt(FIRST);

    assertThat(report.attempt().result()).isEqualTo(Attempt.Result.UPDATED);
    Snapshot snapshot = report.inForce().orElseThrow();
    assertThat(snapshot.folder())
        .isEqualTo(dataDir.resolve("lists/us-ofac-sdn/2024-05-03T184300Z"));
    assertThat(snapshot.manifest().entryCount()).isEqualTo(ROWS);
    assertThat(snapshot.manifest().files())
        .extracting(f -> f.name())
        .containsExactly("sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv");
    var sdn = snapshot.manifest().file("sdn.csv").orElseThrow();
    assertThat(sdn.sha256()).isEqualTo(FileDigests.sha256(snapshot.folder().resolve("sdn.csv")));
    assertThat(sdn.size()).isEqualTo(SdnFixture.sdn(ROWS).length);
    assertThat(sdn.origin()).isEqualTo(server.baseUrl("ofac") + "SDN.CSV");
    assertThat(sdn.etag()).contains("\"v1\"");
    assertThat(sdn.lastModified()).contains("Fri, 03 May 2024 18:43:00 GMT");
    assertThat(Files.readString(snapshot.folder().resolve("manifest.json")))
        .contains("\"entryCount\" : 100")
        .contains("\"outcome\" : \"accepted\"")
        .contains("\"toolVersion\"");
    assertThat(Files.getPosixFilePermissions(snapshot.folder().resolve("sdn.csv")))
        .doesNotContain(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    assertThat(stagingLeftovers()).isEmpty();
    assertThat(store.lastAttempt("us-ofac-sdn").orElseThrow().snapshotId())
        .contains("2024-05-03T184300Z");
  }

  @Test
  void notModifiedIsRecordedAsUnchangedWithoutANewSnapshot() {
    updateAt(FIRST);
    UpdateReport second = updateAt(SECOND);

    assertThat(second.attempt().result()).isEqualTo(Attempt.Result.UNCHANGED);
    assertThat(second.attempt().reason()).contains("304 Not Modified");
    assertThat(server.seen)
        .filteredOn(seen -> seen.path().equals("/ofac/SDN.CSV"))
        .extracting(FixtureServer.Seen::ifNoneMatch)
        .containsExactly(null, "\"v1\"");
    assertThat(store.list("us-ofac-sdn").snapshots()).hasSize(1);
    assertThat(store.attempts("us-ofac-sdn"))
        .extracting(Attempt::result)
        .containsExactly(Attempt.Result.UPDATED, Attempt.Result.UNCHANGED);
  }

  @Test
  void changedFilesBecomeASecondSnapshot() {
    updateAt(FIRST);
    serveComplete(ROWS + 5, "\"v2\"");
    UpdateReport second = updateAt(SECOND);

    assertThat(second.attempt().result()).isEqualTo(Attempt.Result.UPDATED);
    assertThat(store.list("us-ofac-sdn").snapshots())
        .extracting(Snapshot::id)
        .containsExactly("2024-05-03T184300Z", "2024-05-04T060000Z");
    assertThat(second.inForce().orElseThrow().manifest().entryCount()).isEqualTo(ROWS + 5);
  }

  @Test
  void filesAnswered304AreCarriedOverIntoTheNewSnapshot() {
    Snapshot first = updateAt(FIRST).inForce().orElseThrow();
    server.reply("/ofac/ALT.CSV", new FixtureServer.Serve(SdnFixture.alt(ROWS / 2), "\"alt2\""));

    Snapshot second = updateAt(SECOND).inForce().orElseThrow();

    assertThat(second.id()).isEqualTo("2024-05-04T060000Z");
    assertThat(second.manifest().file("sdn.csv")).isEqualTo(first.manifest().file("sdn.csv"));
    assertThat(second.manifest().file("alt.csv").orElseThrow().etag()).contains("\"alt2\"");
    assertThat(SnapshotStore.problems(second)).isEmpty();
    assertThat(org.interdict.lists.ListLoader.fromDirectory(second.folder()).parties())
        .filteredOn(party -> !party.aliases().isEmpty())
        .hasSize(ROWS / 2);
  }

  static Stream<Arguments> failures() {
    byte[] full = SdnFixture.sdn(ROWS);
    return Stream.of(
        Arguments.of(
            "404", new FixtureServer.Status(404), Attempt.Result.FAILED, "HTTP status 404"),
        Arguments.of(
            "500", new FixtureServer.Status(500), Attempt.Result.FAILED, "HTTP status 500"),
        Arguments.of(
            "truncated",
            new FixtureServer.Truncate(full, full.length / 2),
            Attempt.Result.FAILED,
            "truncated"),
        Arguments.of(
            "slow headers",
            new FixtureServer.StallHeaders(),
            Attempt.Result.FAILED,
            "no response within"),
        Arguments.of(
            "slow body",
            new FixtureServer.StallBody(full),
            Attempt.Result.FAILED,
            "not complete within"),
        Arguments.of(
            "malformed",
            new FixtureServer.Serve(
                "<html><body>Service unavailable</body></html>".getBytes(StandardCharsets.UTF_8),
                "\"x\""),
            Attempt.Result.FAILED,
            "no entries"),
        Arguments.of(
            "90% rows missing",
            new FixtureServer.Serve(SdnFixture.sdn(ROWS / 10 * 3), "\"v3\""),
            Attempt.Result.SUSPICIOUS,
            "70% fewer than the previous snapshot's 100"),
        Arguments.of(
            "below floor",
            new FixtureServer.Serve(SdnFixture.sdn(10), "\"v4\""),
            Attempt.Result.SUSPICIOUS,
            "below the sanity floor of 20"),
        Arguments.of(
            "over size cap",
            new FixtureServer.Serve(new byte[(1 << 20) + 1], "\"big\""),
            Attempt.Result.FAILED,
            "exceeds the cap"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failures")
  void aFailedOrSuspiciousDownloadKeepsThePreviousSnapshot(
      String name, FixtureServer.Reply reply, Attempt.Result expected, String reason) {
    Snapshot first = updateAt(FIRST).inForce().orElseThrow();
    server.reply("/ofac/SDN.CSV", reply);
    server.reply("/ofac/ALT.CSV", new FixtureServer.Serve(SdnFixture.alt(ROWS + 1), "\"changed\""));

    boolean stalls =
        reply instanceof FixtureServer.StallHeaders || reply instanceof FixtureServer.StallBody;
    UpdateReport report = updateAt(SECOND, stalls ? impatientFetcher : fetcher);

    assertThat(report.attempt().result()).isEqualTo(expected);
    assertThat(report.attempt().reason()).contains(reason);
    assertThat(report.inForce()).contains(first);
    assertThat(store.latest("us-ofac-sdn")).contains(first);
    assertThat(SnapshotStore.problems(first)).isEmpty();
    assertThat(store.lastAttempt("us-ofac-sdn").orElseThrow().result()).isEqualTo(expected);
    assertThat(stagingLeftovers()).isEmpty();
  }

  @Test
  void ninetyPercentOfRowsMissingIsSuspiciousAndKeptAside() {
    Snapshot first = updateAt(FIRST).inForce().orElseThrow();
    serveComplete(ROWS / 10, "\"v9\"");
    source = source.withMinimumEntries(1);

    UpdateReport report = updateAt(SECOND);

    assertThat(report.attempt().result()).isEqualTo(Attempt.Result.SUSPICIOUS);
    assertThat(report.attempt().reason())
        .contains("10 entries, 90% fewer than the previous snapshot's 100");
    assertThat(report.rejected())
        .contains(dataDir.resolve("lists-rejected/us-ofac-sdn/2024-05-04T060000Z"));
    assertThat(report.rejected().orElseThrow().resolve("sdn.csv")).exists();
    assertThat(store.latest("us-ofac-sdn")).contains(first);
  }

  @Test
  void aFirstDownloadWithOneBadByteIsRefusedAsIncomplete() {
    byte[] sdn = SdnFixture.sdn(ROWS);
    int at = new String(sdn, StandardCharsets.ISO_8859_1).indexOf("TRADING 50 ");
    sdn[at + 1] = (byte) 0xC7;
    server.reply("/ofac/SDN.CSV", new FixtureServer.Serve(sdn, "\"bad\""));

    UpdateReport report = updateAt(FIRST);

    // Issue 9: the truncated list used to become the snapshot in force ("updated").
    assertThat(report.attempt().result()).isEqualTo(Attempt.Result.SUSPICIOUS);
    assertThat(report.attempt().reason())
        .contains("incomplete: 1 problem reading us-ofac-sdn")
        .contains("sdn.csv:50")
        .contains("bad-list-encoding");
    assertThat(report.inForce()).isEmpty();
    assertThat(store.list("us-ofac-sdn").snapshots()).isEmpty();
    assertThat(report.rejected().orElseThrow().resolve("sdn.csv")).exists();
  }

  @Test
  void aFirstDownloadThatFailsLeavesNoSnapshot() {
    server.reply("/ofac/ADD.CSV", new FixtureServer.Status(404));
    UpdateReport report = updateAt(FIRST);

    assertThat(report.attempt().result()).isEqualTo(Attempt.Result.FAILED);
    assertThat(report.attempt().reason()).contains("ADD.CSV").contains("404");
    assertThat(report.inForce()).isEmpty();
    assertThat(store.list("us-ofac-sdn").snapshots()).isEmpty();
  }

  private java.util.List<Path> stagingLeftovers() {
    Path tmp = dataDir.resolve("lists-tmp");
    if (!Files.isDirectory(tmp)) {
      return java.util.List.of();
    }
    try (Stream<Path> list = Files.list(tmp)) {
      return list.toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
