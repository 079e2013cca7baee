package org.interdict.server.retention;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.interdict.InvalidValueException;
import org.interdict.server.audit.Auditor;
import org.interdict.server.auth.Principal;
import org.interdict.server.http.Timestamps;
import org.interdict.store.Database;
import org.interdict.store.retention.RetentionRepository;
import org.interdict.store.settings.SettingsRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps screenings, their hits, re-screen hits and scan uploads for the retention period (site
 * setting {@code retention-years}), then purges them; each purge is audited. The default is ten
 * years: the EAR keep export records five years (15 CFR 762.6(a)), and OFAC ten years since
 * 2025-03-21 (31 CFR 501.601 as amended by 90 FR 13286, adopting the interim rule 89 FR 74832), so
 * a screening record kept ten years satisfies both. The audit log, decisions, findings and
 * remediation history are never purged. Thread-safe.
 */
public final class Retention {
  public static final int DEFAULT_YEARS = 10;
  public static final List<String> CITATIONS =
      List.of(
          "15 CFR 762.6(a): records required by the EAR are kept five years from the latest of the export, any known "
              + "reexport, transshipment or diversion, or other termination of the transaction",
          "31 CFR 501.601: records of transactions subject to OFAC's regulations are kept at least 10 years "
              + "(five before 2025-03-21; 89 FR 74832, 90 FR 13286)");
  public static final String AUDIT_LOG =
      "The audit log is append-only and never purged by the server: keep its database at least as long as the "
          + "longest period above.";
  static final String SETTING = "retention-years";
  private static final Logger LOG = LoggerFactory.getLogger(Retention.class);
  private final Database db;
  private final Clock clock;
  private final Auditor auditor;
  private final Path uploads;
  private final SettingsRepository settings = new SettingsRepository();
  private final RetentionRepository records = new RetentionRepository();

  public Retention(Database db, Clock clock, Auditor auditor, Path dataDir) {
    this.db = db;
    this.clock = clock;
    this.auditor = auditor;
    this.uploads = dataDir.resolve("uploads");
  }

  public int years() {
    return db.jdbi()
        .withHandle(h -> settings.get(h, SETTING).map(Integer::parseInt).orElse(DEFAULT_YEARS));
  }

  public int configure(Principal who, Integer years) {
    if (years == null || years < 1 || years > 100) {
      throw new InvalidValueException(
          "'years' must be a whole number of years from 1 to 100, was " + years);
    }
    return db.inTransaction(
        h -> {
          int before = settings.get(h, SETTING).map(Integer::parseInt).orElse(DEFAULT_YEARS);
          settings.put(h, SETTING, Integer.toString(years), who.userName(), clock.instant());
          auditor.record(
              h,
              who,
              "setting-changed",
              "setting",
              SETTING,
              "retention-years=" + years + " was=" + before);
          return years;
        });
  }

  /** What one purge removed. */
  public record Purged(String cutoff, int screenings, int rescreenHits, int uploads) {}

  /**
   * Purges what is older than the retention period by the clock; audited as {@code
   * retention-purged}.
   */
  public Purged purge(String actor) {
    Instant cutoff = clock.instant().atZone(ZoneOffset.UTC).minusYears(years()).toInstant();
    Purged purged =
        db.inTransaction(
            h -> {
              int screenings = records.purgeScreenings(h, cutoff);
              int hits = records.purgeRescreens(h, cutoff);
              int files = 0;
              for (String job : records.jobsEndedBefore(h, cutoff)) {
                files += deleteUpload(job) ? 1 : 0;
              }
              Purged result = new Purged(Timestamps.format(cutoff), screenings, hits, files);
              auditor.record(
                  h,
                  actor,
                  "system",
                  "retention-purged",
                  "retention",
                  Timestamps.format(cutoff),
                  "screenings="
                      + screenings
                      + " rescreen-hits="
                      + hits
                      + " uploads="
                      + files
                      + " years="
                      + years());
              return result;
            });
    LOG.info(
        "Retention purge before {}: {} screenings, {} re-screen hits, {} uploads removed",
        purged.cutoff(),
        purged.screenings(),
        purged.rescreenHits(),
        purged.uploads());
    return purged;
  }

  private boolean deleteUpload(String jobId) {
    try {
      return Files.deleteIfExists(uploads.resolve(jobId));
    } catch (IOException e) {
      LOG.warn(
          "Cannot delete the upload of job {} ({}); the next purge tries again",
          jobId,
          e.getMessage());
      return false;
    }
  }
}
