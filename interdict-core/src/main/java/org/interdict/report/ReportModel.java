package org.interdict.report;

import java.time.LocalDate;
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
import org.interdict.scan.ScanHeader;
import org.interdict.scan.ScanResult;
import org.interdict.scan.ScanSummary;

/**
 * The parts of the JSON document of a scan as ordered maps: the header, one finding, and the end
 * (inputs, errors, summary). Field names and orders are the documented schema (docs/scan-json.md);
 * empty record fields are left out, and a finding lists only the regimes that cover it unless
 * {@code allRegimes}.
 */
final class ReportModel {
  static final String SCHEMA = "https://interdict.dev/schemas/scan-report-2.json";

  private ReportModel() {}

  static Map<String, Object> header(ScanHeader header) {
    return ordered(
        "$schema",
        SCHEMA,
        "tool",
        ordered(
            "name",
            "interdict",
            "version",
            header.toolVersion(),
            "catalogVersion",
            header.catalogVersion()),
        "asOf",
        header.asOf().toString(),
        "profile",
        header.profile(),
        "generatedAt",
        header.generatedAt().toString());
  }

  static Map<String, Object> end(ScanResult result) {
    List<Object> inputs = new ArrayList<>();
    for (InputSummary input : result.inputs()) {
      inputs.add(
          ordered(
              "file",
              input.file(),
              "format",
              input.format(),
              "records",
              input.records(),
              "errors",
              input.errors()));
    }
    List<Object> errors = new ArrayList<>();
    for (InputError error : result.errors()) {
      errors.add(
          ordered(
              "file",
              error.location().file(),
              "line",
              error.location().line(),
              "pointer",
              error.location().pointer(),
              "error",
              error.errorId(),
              "message",
              error.message()));
    }
    return ordered(
        "complete",
        !result.incomplete(),
        "inputs",
        inputs,
        "errors",
        errors,
        "summary",
        summary(result.summary()));
  }

  static Map<String, Object> finding(Finding finding, LocalDate asOf, boolean allRegimes) {
    SoftwareRecord record = finding.record();
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", finding.id());
    map.put("host", record.host());
    map.put(
        "product",
        ordered(
            "id",
            finding.detection().product().id(),
            "name",
            finding.detection().product().name(),
            "vendor",
            finding.detection().vendor().id(),
            "category",
            finding.detection().product().category()));
    map.put("context", finding.detection().context().id());
    map.put("confidence", finding.detection().confidence().id());
    map.put("status", finding.worstStatus().id());
    map.put("covered", finding.covered());
    map.put("record", record(record));
    map.put(
        "location",
        ordered(
            "file",
            record.location().file(),
            "line",
            record.location().line(),
            "pointer",
            record.location().pointer()));
    map.put("occurrences", finding.occurrences());
    List<Object> evidence = new ArrayList<>();
    for (Evidence e : finding.detection().evidence()) {
      evidence.add(ordered("field", e.field(), "value", e.value(), "rule", e.rule()));
    }
    map.put("evidence", evidence);
    List<Object> regimes = new ArrayList<>();
    for (RegimeOutcome outcome : allRegimes ? finding.outcomes() : finding.coveringOutcomes()) {
      regimes.add(regime(outcome, asOf, allRegimes));
    }
    map.put("regimes", regimes);
    String note = finding.detection().product().note();
    if (!note.isEmpty()) {
      map.put("note", note);
    }
    return map;
  }

  private static Map<String, Object> regime(RegimeOutcome outcome, LocalDate asOf, boolean full) {
    Map<String, Object> regime = new LinkedHashMap<>();
    regime.put("regime", outcome.regimeId());
    if (full) {
      regime.put("title", outcome.regimeTitle());
    }
    regime.put("status", outcome.status().id());
    outcome.effectiveFrom().ifPresent(d -> regime.put("effectiveFrom", d.toString()));
    outcome
        .deadline()
        .ifPresent(
            d -> {
              regime.put("deadline", d.toString());
              regime.put("daysLeft", ChronoUnit.DAYS.between(asOf, d));
            });
    outcome.obligationId().ifPresent(o -> regime.put("obligation", o));
    regime.put("citation", outcome.citation());
    if (full) {
      regime.put("requirement", outcome.requirement());
    }
    regime.put("action", outcome.action());
    if (full) {
      regime.put("reason", outcome.reason());
    }
    regime.put("factsVerifiedAsOf", outcome.factsVerifiedAsOf().toString());
    outcome
        .review()
        .ifPresent(
            r ->
                regime.put(
                    "review",
                    ordered(
                        "question",
                        r.question(),
                        "sourcesForCoverage",
                        r.sourcesForCoverage(),
                        "sourcesAgainstCoverage",
                        r.sourcesAgainstCoverage())));
    return regime;
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
    List<Object> regimes = new ArrayList<>();
    for (ScanSummary.RegimeCount regime : summary.regimes()) {
      Map<String, Object> counts = new LinkedHashMap<>();
      regime.byStatus().forEach((status, count) -> counts.put(status.id(), count));
      List<Object> obligations = new ArrayList<>();
      for (ScanSummary.ObligationText text : regime.obligations()) {
        obligations.add(
            ordered(
                "obligation",
                text.obligationId(),
                "citation",
                text.citation(),
                "requirement",
                text.requirement()));
      }
      regimes.add(
          ordered(
              "regime",
              regime.regimeId(),
              "title",
              regime.title(),
              "findings",
              counts,
              "obligations",
              obligations));
    }
    List<Object> deadlines = new ArrayList<>();
    for (ScanSummary.Deadline deadline : summary.deadlines()) {
      deadlines.add(
          ordered(
              "regime",
              deadline.regimeId(),
              "obligation",
              deadline.obligationId(),
              "date",
              deadline.date().toString(),
              "daysLeft",
              deadline.daysLeft(),
              "findings",
              deadline.findings()));
    }
    return ordered(
        "records",
        summary.records(),
        "findings",
        summary.findings(),
        "coveredFindings",
        summary.coveredFindings(),
        "hostsAffected",
        summary.hostsAffected(),
        "errors",
        summary.errors(),
        "regimes",
        regimes,
        "byProduct",
        summary.byProduct(),
        "deadlines",
        deadlines);
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
