package org.interdict.scan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.UnaryOperator;
import org.interdict.detection.Detection;
import org.interdict.detection.Detector;
import org.interdict.inventory.InventorySink;
import org.interdict.model.InputError;
import org.interdict.model.SoftwareRecord;
import org.interdict.policy.PolicyEvaluator;
import org.interdict.policy.RegimeOutcome;

/**
 * The sink a scan's records reach: detects each record and hands what it finds to a {@link
 * FindingFolder}, which folds repeats of the same product on the same host (osquery logs repeat
 * snapshots) into one finding with a count. At the end, {@link #deliver} evaluates the regimes of
 * each finding (once per product and context) and streams the findings out. Errors beyond {@link
 * #MAX_ERRORS_KEPT} are counted, not kept. Not thread-safe (it uses one thread of its own inside
 * {@link #deliver}).
 */
public final class ScanCollector implements InventorySink, AutoCloseable {
  public static final int MAX_ERRORS_KEPT = 1000;
  private static final int DELIVERY_QUEUE = 1024;
  private static final Object END = new Object();

  private final Detector detector;
  private final PolicyEvaluator policy;
  private final String profile;
  private final LocalDate asOf;
  private final FindingFolder folder;
  private final Map<String, List<RegimeOutcome>> outcomes = new HashMap<>();
  private final List<InputError> errors = new ArrayList<>();
  private long records;
  private long errorCount;

  ScanCollector(
      Detector detector,
      PolicyEvaluator policy,
      String profile,
      LocalDate asOf,
      FindingFolder folder) {
    this.detector = detector;
    this.policy = policy;
    this.profile = profile;
    this.asOf = asOf;
    this.folder = folder;
  }

  @Override
  public void record(SoftwareRecord record) {
    detected(record, detector.detect(record));
  }

  /** Takes a record with what {@link Detector#detect} found in it, detected on another thread. */
  void detected(SoftwareRecord record, Optional<Detection> detection) {
    records++;
    if (detection.isPresent()) {
      folder.add(
          new FoldEntry(record, detection.get().product().id(), detection.get().context().id(), 1));
    }
  }

  @Override
  public void error(InputError error) {
    errorCount++;
    if (errors.size() < MAX_ERRORS_KEPT) {
      errors.add(error);
    }
  }

  public long records() {
    return records;
  }

  public long errorCount() {
    return errorCount;
  }

  public List<InputError> errors() {
    return List.copyOf(errors);
  }

  /**
   * Streams every folded finding to {@code sink} and counts it; call once, after the last record.
   * The merge and the building of each finding (detection again, regime outcomes, id) run on a
   * thread of their own while this one counts and writes, so the two halves of the end of a scan
   * use two cores; the order is the merge's.
   */
  void deliver(FindingSink sink, SummaryCounter counter, UnaryOperator<Finding> review) {
    BlockingQueue<Object> built = new ArrayBlockingQueue<>(DELIVERY_QUEUE);
    Thread builder = new Thread(() -> build(built, review), "interdict-fold");
    builder.setDaemon(true);
    builder.start();
    boolean finished = false;
    try {
      while (true) {
        Object next = built.take();
        if (next instanceof Finding finding) {
          counter.add(finding);
          sink.finding(finding);
        } else if (next instanceof Failure failure) {
          finished = true;
          rethrow(failure.cause());
        } else {
          finished = true;
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the scan was interrupted while writing its findings", e);
    } finally {
      if (!finished) {
        builder.interrupt();
      }
      awaitQuietly(
          builder); // the run files are deleted next, by close(): the builder must be done with
      // them
    }
  }

  private void build(BlockingQueue<Object> built, UnaryOperator<Finding> review) {
    try {
      folder.drain(entry -> put(built, review.apply(finding(entry))));
      built.put(END);
    } catch (Stopped | InterruptedException stopped) {
      // The writing side gave up; nobody waits for the rest.
    } catch (Throwable t) {
      try {
        built.put(new Failure(t));
      } catch (InterruptedException e) {
        // as above
      }
    }
  }

  private Finding finding(FoldEntry entry) {
    SoftwareRecord record = entry.record();
    // The folder keeps records, not detections: detecting again is deterministic and costs one call
    // per finding.
    Detection detection =
        detector
            .detect(record)
            .filter(d -> d.product().id().equals(entry.productId()))
            .orElseThrow(
                () -> new IllegalStateException("detection of " + record.location() + " changed"));
    List<RegimeOutcome> evaluated =
        outcomes.computeIfAbsent(
            entry.productId() + "/" + entry.contextId(),
            k -> policy.evaluate(detection.product(), entry.contextId(), profile, asOf));
    return new Finding(
        idOf(entry.key(), record), record, entry.occurrences(), detection, evaluated);
  }

  private static void put(BlockingQueue<Object> queue, Object item) {
    try {
      queue.put(item);
    } catch (InterruptedException e) {
      throw new Stopped();
    }
  }

  private static void awaitQuietly(Thread thread) {
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
        thread.interrupt();
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static void rethrow(Throwable failure) {
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    throw new IllegalStateException(failure);
  }

  /** What stopped the building thread, rethrown on the writing one. */
  private record Failure(Throwable cause) {}

  /** Thrown on the building thread when the writing one stopped listening. */
  private static final class Stopped extends RuntimeException {
    Stopped() {
      super(null, null, false, false);
    }
  }

  @Override
  public void close() {
    folder.close();
  }

  private static String idOf(String key, SoftwareRecord record) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(key.getBytes(StandardCharsets.UTF_8));
      digest.update(record.location().toString().getBytes(StandardCharsets.UTF_8));
      return "F-" + HexFormat.of().formatHex(digest.digest(), 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
