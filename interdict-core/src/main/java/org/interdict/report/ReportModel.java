package org.interdict.report;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interdict.detection.Evidence;
import org.interdict.model.InputError;
import org.interdict.model.SoftwareRecord;
import org.interdict.policy.RegimeOutcome;
import org.interdict.scan.Finding;
import org.interdict.scan.InputSummary;
import org.interdict.scan.ScanResult;
import org.interdict.scan.ScanSummary;

/**
 * The JSON document of a scan as ordered maps, shared by the JSON and HTML reports so both say the same.
 * Field names are the documented schema (docs/scan-json.md); empty record fields are left out.
 */
final class ReportModel {
  static final String SCHEMA = "https://interdict.dev/schemas/scan-report-1.json";

  private ReportModel() {}

  static Map<String, Object> of(ScanResult result) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("$schema", SCHEMA);
    root.put("tool", Map.of("name", "interdict", "version", result.toolVersion(),
        "catalogVersion", result.catalogVersion()));
    root.put("asOf", result.asOf().toString());
    root.put("profile", result.profile());
    root.put("generatedAt", result.generatedAt().toString());
    List<Object> inputs = new ArrayList<>();
    for (InputSummary input : result.inputs()) {
      inputs.add(ordered("file", input.file(), "format", input.format(), "records", input.records(),
          "errors", input.errors()));
    }
    root.put("inputs", inputs);
    List<Object> findings = new ArrayList<>();
    for (Finding finding : result.findings()) {
      findings.add(finding(finding, result));
    }
    root.put("findings", findings);
    List<Object> errors = new ArrayList<>();
    for (InputError error : result.errors()) {
      errors.add(ordered("file", error.location().file(), "line", error.location().line(),
          "pointer", error.location().pointer(), "error", error.errorId(), "message", error.message()));
    }
    root.put("errors", errors);
    root.put("summary", summary(result.summary()));
    return root;
  }

  private static Map<String, Object> finding(Finding finding, ScanResult result) {
    SoftwareRecord record = finding.record();
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", finding.id());
    map.put("host", record.host());
    map.put("product", ordered("id", finding.detection().product().id(), "name", finding.detection().product().name(),
        "vendor", finding.detection().vendor().id(), "category", finding.detection().product().category()));
    map.put("context", finding.detection().context().id());
    map.put("confidence", finding.detection().confidence().id());
    map.put("status", finding.worstStatus().id());
    map.put("covered", finding.covered());
    map.put("record", record(record));
    map.put("location", ordered("file", record.location().file(), "line", record.location().line(),
        "pointer", record.location().pointer()));
    map.put("occurrences", finding.occurrences());
    List<Object> evidence = new ArrayList<>();
    for (Evidence e : finding.detection().evidence()) {
      evidence.add(ordered("field", e.field(), "value", e.value(), "rule", e.rule()));
    }
    map.put("evidence", evidence);
    List<Object> regimes = new ArrayList<>();
    for (RegimeOutcome outcome : finding.outcomes()) {
      Map<String, Object> regime = new LinkedHashMap<>();
      regime.put("regime", outcome.regimeId());
      regime.put("title", outcome.regimeTitle());
      regime.put("status", outcome.status().id());
      outcome.effectiveFrom().ifPresent(d -> regime.put("effectiveFrom", d.toString()));
      outcome.deadline().ifPresent(d -> {
        regime.put("deadline", d.toString());
        regime.put("daysLeft", ChronoUnit.DAYS.between(result.asOf(), d));
      });
      outcome.obligationId().ifPresent(o -> regime.put("obligation", o));
      regime.put("citation", outcome.citation());
      regime.put("requirement", outcome.requirement());
      regime.put("action", outcome.action());
      regime.put("reason", outcome.reason());
      regime.put("factsVerifiedAsOf", outcome.factsVerifiedAsOf().toString());
      outcome.review().ifPresent(r -> regime.put("review", ordered("question", r.question(),
          "sourcesForCoverage", r.sourcesForCoverage(), "sourcesAgainstCoverage", r.sourcesAgainstCoverage())));
      regimes.add(regime);
    }
    map.put("regimes", regimes);
    String note = finding.detection().product().note();
    if (!note.isEmpty()) {
      map.put("note", note);
    }
    return map;
  }

  private static Map<String, Object> record(SoftwareRecord record) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("kind", record.kind().id());
    putIfPresent(map, "name", record.name());
    putIfPresent(map, "version", record.version());
    putIfPresent(map, "publisher", record.publisher());
    putIfPresent(map, "bundleId", record.bundleId());
    putIfPresent(map, "packageName", record.packageName());
    putIfPresent(map, "purl", record.purl());
    putIfPresent(map, "cpe", record.cpe());
    putIfPresent(map, "path", record.path());
    putIfPresent(map, "parentName", record.parentName());
    return map;
  }

  private static Map<String, Object> summary(ScanSummary summary) {
    List<Object> deadlines = new ArrayList<>();
    for (ScanSummary.Deadline deadline : summary.deadlines()) {
      deadlines.add(ordered("regime", deadline.regimeId(), "obligation", deadline.obligationId(),
          "date", deadline.date().toString(), "daysLeft", deadline.daysLeft(), "findings", deadline.findings()));
    }
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("records", summary.records());
    map.put("findings", summary.findings());
    map.put("coveredFindings", summary.coveredFindings());
    map.put("hostsAffected", summary.hostsAffected());
    map.put("errors", summary.errors());
    map.put("byRegimeAndStatus", summary.byRegimeAndStatus());
    map.put("byProduct", summary.byProduct());
    map.put("deadlines", deadlines);
    return map;
  }

  private static void putIfPresent(Map<String, Object> map, String key, String value) {
    if (!value.isEmpty()) {
      map.put(key, value);
    }
  }

  static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
