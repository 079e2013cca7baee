package org.interdict.scan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.interdict.detection.Detection;
import org.interdict.detection.Detector;
import org.interdict.inventory.InventorySink;
import org.interdict.model.InputError;
import org.interdict.model.SoftwareRecord;
import org.interdict.policy.PolicyEvaluator;

/**
 * The sink a scan's readers write to: detects each record, evaluates the regimes for each new finding, and
 * folds repeats of the same product on the same host (osquery logs repeat snapshots) into one finding with a
 * count. Memory grows with distinct findings, not with records; errors beyond {@link #MAX_ERRORS_KEPT} are
 * counted, not kept. Not thread-safe: one collector per reading thread.
 */
public final class ScanCollector implements InventorySink {
  public static final int MAX_ERRORS_KEPT = 1000;

  private final Detector detector;
  private final PolicyEvaluator policy;
  private final String profile;
  private final LocalDate asOf;
  private final Map<String, Finding> findings = new LinkedHashMap<>();
  private final Map<String, Long> occurrences = new LinkedHashMap<>();
  private final List<InputError> errors = new ArrayList<>();
  private long records;
  private long errorCount;

  public ScanCollector(Detector detector, PolicyEvaluator policy, String profile, LocalDate asOf) {
    this.detector = detector;
    this.policy = policy;
    this.profile = profile;
    this.asOf = asOf;
  }

  @Override
  public void record(SoftwareRecord record) {
    records++;
    Optional<Detection> detection = detector.detect(record);
    if (detection.isEmpty()) {
      return;
    }
    Detection found = detection.get();
    String key = String.join("\u0000", record.host(), found.product().id(), found.context().id(), record.name(),
        record.version(), record.parentName(), record.location().file());
    Long seen = occurrences.merge(key, 1L, Long::sum);
    if (seen == 1L) {
      findings.put(key, new Finding(idOf(key, record), record, 1, found,
          policy.evaluate(found.product(), found.context().id(), profile, asOf)));
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

  public List<Finding> findings() {
    List<Finding> result = new ArrayList<>(findings.size());
    findings.forEach((key, finding) -> result.add(finding.withOccurrences(occurrences.get(key))));
    return result;
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
