package org.interdict.server.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.interdict.store.audit.AuditChain;
import org.interdict.store.audit.AuditRepository;
import org.interdict.verify.DocumentSignatures;
import org.interdict.verify.SiteKey;
import org.interdict.verify.SiteKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's site key, {@code <data-dir>/site-key} (written by {@code interdict keys generate
 * --output DATA_DIR/site-key}), and what it signs: audit checkpoints and tombstones, and any JSON
 * document a feature hands to {@link #sign} (the dashboard's evidence packs). Without the file the
 * audit log is still chained, nothing is signed, and {@link #sign} refuses. Thread-safe.
 */
public final class SiteSigning {
  private static final Logger LOG = LoggerFactory.getLogger(SiteSigning.class);
  public static final String KEY_FILE = "site-key";
  private final Optional<SiteKey> key;
  private final Clock clock;
  private final AuditChain chain;

  SiteSigning(Optional<SiteKey> key, Clock clock, int checkpointEvery) {
    this.key = key;
    this.clock = clock;
    this.chain = new AuditChain(key, checkpointEvery, clock);
  }

  /**
   * Reads the site key of {@code dataDir} if there is one; an unreadable key file fails the start.
   */
  public static SiteSigning load(Path dataDir, Clock clock) {
    Path file = dataDir.resolve(KEY_FILE);
    Optional<SiteKey> key =
        Files.exists(file) ? Optional.of(SiteKeys.readPrivate(file)) : Optional.empty();
    key.ifPresentOrElse(
        k ->
            LOG.info(
                "Site key {} signs audit checkpoints every {} events",
                k.fingerprint(),
                AuditChain.DEFAULT_CHECKPOINT_EVERY),
        () -> LOG.info("No site key at {}: the audit log is chained but not signed", file));
    return new SiteSigning(key, clock, AuditChain.DEFAULT_CHECKPOINT_EVERY);
  }

  Clock clock() {
    return clock;
  }

  public Optional<SiteKey> key() {
    return key;
  }

  public AuditChain chain() {
    return chain;
  }

  AuditRepository repository() {
    return new AuditRepository(chain);
  }

  /**
   * The signature block of {@code document} ({@link DocumentSignatures}); what an evidence pack
   * embeds or ships beside itself, checked with {@link DocumentSignatures#problems}.
   */
  public ObjectNode sign(JsonNode document) {
    return DocumentSignatures.sign(
        document,
        key.orElseThrow(
            () ->
                new IllegalStateException(
                    "no site key: write one with interdict keys generate --output DATA_DIR/"
                        + KEY_FILE)),
        clock);
  }
}
