package org.interdict.server.scans;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.interdict.TooLargeException;
import org.interdict.inventory.CsvColumnMapping;
import org.interdict.inventory.InventorySink;
import org.interdict.model.InputError;
import org.interdict.scan.FileScanSource;
import org.interdict.scan.Finding;
import org.interdict.scan.ScanResult;
import org.interdict.scan.ScanSource;
import org.interdict.scan.Scanner;
import org.interdict.server.audit.Auditor;
import org.interdict.server.auth.Principal;
import org.interdict.server.remediation.RemediationService;
import org.interdict.store.Database;
import org.interdict.store.Ids;
import org.interdict.store.Json;
import org.interdict.store.findings.FindingRepository;
import org.interdict.store.findings.StoredFinding;
import org.interdict.store.scans.ScanJob;
import org.interdict.store.scans.ScanJobRepository;
import org.interdict.store.scans.ScanProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts uploads durably (the file is fsynced under {@code <data-dir>/uploads/<job-id>} and the
 * job row committed before the caller hears 202), runs them on a small worker pool with the core
 * {@link Scanner}, and commits the findings, remediation changes, job end and audit event in one
 * transaction. At start, jobs a crash left queued or running are run again from their upload, or
 * failed with a reason when it is gone. Thread-safe.
 */
public final class ScanService implements AutoCloseable {
  static final int MAX_ERRORS_SHOWN = 100;
  private static final Logger LOG = LoggerFactory.getLogger(ScanService.class);
  private final Database db;
  private final Scanner scanner;
  private final Clock clock;
  private final Path uploads;
  private final Auditor auditor;
  private final RemediationService remediation;
  private final MeterRegistry metrics;
  private final ExecutorService workers;
  private volatile boolean closing;
  private final ScanJobRepository jobs = new ScanJobRepository();
  private final FindingRepository findings = new FindingRepository();

  public ScanService(
      Database db,
      Scanner scanner,
      Clock clock,
      Path dataDir,
      int workerCount,
      Auditor auditor,
      RemediationService remediation,
      MeterRegistry metrics) {
    this.db = db;
    this.scanner = scanner;
    this.clock = clock;
    this.uploads = dataDir.resolve("uploads");
    this.auditor = auditor;
    this.remediation = remediation;
    this.metrics = metrics;
    AtomicInteger n = new AtomicInteger();
    this.workers =
        Executors.newFixedThreadPool(
            workerCount,
            r -> {
              Thread t = new Thread(r, "interdict-scan-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      Files.createDirectories(uploads);
    } catch (IOException e) {
      throw new IllegalStateException("cannot create " + uploads + ": " + e.getMessage(), e);
    }
  }

  public Scanner scanner() {
    return scanner;
  }

  /** What an upload asks for, already validated. */
  public record UploadRequest(String fileName, String profile, LocalDate asOf, String host) {}

  /**
   * Stores the upload durably, commits the queued job and hands it to a worker.
   *
   * @throws TooLargeException when the content is longer than {@code maxBytes} (answered 413)
   */
  public ScanJob upload(Principal who, InputStream content, UploadRequest request, long maxBytes) {
    String id = Ids.next("j");
    Path file = uploads.resolve(id);
    long size = writeDurably(content, file, maxBytes);
    ScanJob job =
        new ScanJob(
            id,
            request.fileName(),
            "auto",
            ScanJob.QUEUED,
            "",
            request.profile(),
            request.asOf(),
            request.host(),
            who.userName(),
            clock.instant(),
            Optional.empty(),
            Optional.empty(),
            ScanProgress.start(size),
            "[]");
    db.useTransaction(
        h -> {
          jobs.insert(h, job);
          auditor.record(
              h,
              who,
              "scan-uploaded",
              "scan",
              id,
              "bytes=" + size + " profile=" + request.profile() + " asOf=" + request.asOf());
        });
    metrics.counter("interdict.scan.jobs", "status", ScanJob.QUEUED.id()).increment();
    workers.submit(() -> run(id));
    return job;
  }

  private static long writeDurably(InputStream content, Path file, long maxBytes) {
    long written = 0;
    try (FileChannel channel =
            FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        OutputStream out = Channels.newOutputStream(channel)) {
      byte[] buffer = new byte[256 * 1024];
      for (int n; (n = content.read(buffer)) > 0; ) {
        written += n;
        if (written > maxBytes) {
          throw new TooLargeException("uploads are limited to " + maxBytes + " bytes");
        }
        out.write(buffer, 0, n);
      }
      out.flush();
      channel.force(true);
    } catch (IOException | TooLargeException e) {
      deleteQuietly(file);
      if (e instanceof TooLargeException tooLarge) {
        throw tooLarge;
      }
      throw new IllegalStateException(
          "cannot store the upload in " + file + ": " + e.getMessage(), e);
    }
    syncDirectory(file.getParent());
    return written;
  }

  /** Makes the new file's directory entry durable too (Linux needs an fsync of the directory). */
  private static void syncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      LOG.debug(
          "Cannot fsync directory {} on this platform: {}; relying on the file's own fsync",
          dir,
          e.getMessage());
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.warn("Cannot delete the partial upload {}: {}; leaving it", file, e.getMessage());
    }
  }

  /**
   * Re-runs jobs a previous process left queued or running; fails those whose upload is missing.
   */
  public int recover() {
    List<ScanJob> unfinished = db.jdbi().withHandle(jobs::unfinished);
    for (ScanJob job : unfinished) {
      if (Files.isRegularFile(uploads.resolve(job.id()))) {
        LOG.info(
            "Scan job {} was {} when the server stopped; running it again from its upload",
            job.id(),
            job.status().id());
        db.useTransaction(h -> jobs.markQueued(h, job.id()));
        workers.submit(() -> run(job.id()));
      } else {
        LOG.warn(
            "Scan job {} was {} when the server stopped and its upload is missing; marking it failed",
            job.id(),
            job.status().id());
        fail(
            job,
            "the upload of this job is missing after a restart; upload the file again",
            job.progress(),
            "auto");
      }
    }
    return unfinished.size();
  }

  private void run(String id) {
    ScanJob job = db.jdbi().withHandle(h -> jobs.find(h, id)).orElse(null);
    if (job == null || job.status() != ScanJob.QUEUED) {
      return;
    }
    Path file = uploads.resolve(id);
    db.useTransaction(h -> jobs.markRunning(h, id, clock.instant()));
    long total = job.progress().totalBytes();
    JobSink[] sink = new JobSink[1];
    FileScanSource source =
        new FileScanSource(
            file,
            job.fileName(),
            "auto",
            CsvColumnMapping.auto(),
            raw -> new CountingInputStream(raw, sink[0].bytesRead));
    ScanSource counted =
        new ScanSource() {
          @Override
          public String name() {
            return job.fileName();
          }

          @Override
          public String formatId() {
            return source.formatId();
          }

          @Override
          public void readInto(InventorySink next) {
            sink[0] = new JobSink(next, job.host(), s -> reportProgress(id, s, total));
            source.readInto(sink[0]);
          }
        };
    try {
      // The server stores every finding of a job in one transaction, so it collects them (bounded
      // by the upload
      // limit); the CLI streams them to its report instead.
      List<Finding> found = new ArrayList<>();
      ScanResult result = scanner.scan(List.of(counted), job.profile(), job.asOf(), found::add);
      complete(job, result, found, sink[0], total);
    } catch (RuntimeException e) {
      LOG.warn("Scan job {} failed: {}", id, e.toString());
      JobSink s = sink[0];
      ScanProgress at =
          s == null
              ? job.progress()
              : new ScanProgress(s.bytesRead.get(), total, s.records, 0, s.errors);
      fail(job, "the scan stopped: " + e.getMessage(), at, source.formatId());
    }
  }

  private void reportProgress(String id, JobSink s, long total) {
    try {
      db.useTransaction(
          h ->
              jobs.updateProgress(
                  h, id, new ScanProgress(s.bytesRead.get(), total, s.records, 0, s.errors)));
    } catch (RuntimeException e) {
      LOG.debug("Cannot record progress of job {}: {}; the scan goes on", id, e.getMessage());
    }
  }

  private void complete(
      ScanJob job, ScanResult result, List<Finding> found, JobSink sink, long total) {
    long records = result.summary().records();
    long errors = result.summary().errors();
    List<Map<String, Object>> shown = new ArrayList<>();
    for (InputError e :
        result.errors().subList(0, Math.min(MAX_ERRORS_SHOWN, result.errors().size()))) {
      shown.add(
          Map.of(
              "location", e.location().toString(), "errorId", e.errorId(), "message", e.message()));
    }
    String format = result.inputs().isEmpty() ? "auto" : result.inputs().get(0).format();
    ScanProgress end =
        new ScanProgress(
            sink == null ? 0 : sink.bytesRead.get(), total, records, found.size(), errors);
    if (records == 0 && errors > 0) {
      InputError first = result.errors().get(0);
      fail(
          job,
          "no record could be read: " + first.errorId() + ": " + first.message(),
          end,
          format,
          Json.write(shown));
      return;
    }
    if (closing) {
      return;
    }
    Instant now = clock.instant();
    List<StoredFinding> rows = found.stream().map(f -> FindingRows.of(f, job.id(), now)).toList();
    db.useTransaction(
        h -> {
          findings.insertAll(h, rows);
          java.util.Set<String> hosts = sink == null ? java.util.Set.of() : sink.hosts();
          remediation.applyScan(h, job.id(), hosts, rows);
          jobs.complete(h, job.id(), format, end, Json.write(shown), now, hosts);
          auditor.record(
              h,
              "scan:" + job.id(),
              "system",
              "scan-completed",
              "scan",
              job.id(),
              "records=" + records + " findings=" + rows.size() + " errors=" + errors);
        });
    metrics.counter("interdict.scan.jobs", "status", ScanJob.COMPLETED.id()).increment();
    LOG.info(
        "Scan job {} completed: {} records, {} findings, {} errors",
        job.id(),
        records,
        rows.size(),
        errors);
  }

  private void fail(ScanJob job, String reason, ScanProgress at, String format) {
    fail(job, reason, at, format, job.errorList());
  }

  private void fail(ScanJob job, String reason, ScanProgress at, String format, String errorList) {
    if (closing) {
      LOG.info(
          "Scan job {} was interrupted by the server stopping; it runs again at the next start",
          job.id());
      return;
    }
    db.useTransaction(
        h -> {
          jobs.finish(h, job.id(), ScanJob.FAILED, reason, format, at, errorList, clock.instant());
          auditor.record(h, "scan:" + job.id(), "system", "scan-failed", "scan", job.id(), reason);
        });
    metrics.counter("interdict.scan.jobs", "status", ScanJob.FAILED.id()).increment();
  }

  /** Stops taking work; running scans are abandoned and re-run at the next start. */
  @Override
  public void close() {
    closing = true;
    workers.shutdownNow();
    try {
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
