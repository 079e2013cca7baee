package org.interdict.spark.scan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code OUTPUT/summary.json}: the scan JSON document (docs/scan-json.md) without its {@code findings} and
 * {@code errors} arrays, which are the {@code findings} and {@code errors} datasets beside it.
 */
final class SummaryFile {
  static final String SCHEMA = "https://interdict.dev/schemas/scan-report-1.json";

  private SummaryFile() {}

  /** One input with its totals over all partitions. */
  record Input(String file, String format, long records, long errors) {}

  static String json(String toolVersion, String catalogVersion, ScanSettings settings, Instant generatedAt,
      List<Input> inputs, ScanTotals totals, long hostsAffected) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("$schema", SCHEMA);
    root.put("tool", ordered("name", "interdict", "version", toolVersion, "catalogVersion", catalogVersion));
    root.put("asOf", settings.asOf().toString());
    root.put("profile", settings.profile());
    root.put("generatedAt", generatedAt.toString());
    List<Object> inputRows = new ArrayList<>();
    long records = 0;
    long errors = 0;
    for (Input input : inputs) {
      inputRows.add(ordered("file", input.file(), "format", input.format(), "records", input.records(),
          "errors", input.errors()));
      records += input.records();
      errors += input.errors();
    }
    root.put("inputs", inputRows);
    List<Object> deadlines = new ArrayList<>();
    totals.deadlines.forEach((key, count) -> {
      String[] parts = key.split("\\|", -1);
      LocalDate date = LocalDate.parse(parts[2]);
      deadlines.add(ordered("regime", parts[0], "obligation", parts[1], "date", parts[2],
          "daysLeft", ChronoUnit.DAYS.between(settings.asOf(), date), "findings", count));
    });
    root.put("summary", ordered("records", records, "findings", totals.findings, "coveredFindings", totals.covered,
        "hostsAffected", hostsAffected, "errors", errors, "byRegimeAndStatus", totals.byRegimeAndStatus,
        "byProduct", totals.byProduct, "deadlines", deadlines));
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the summary is plain maps and numbers", e);
    }
  }

  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
