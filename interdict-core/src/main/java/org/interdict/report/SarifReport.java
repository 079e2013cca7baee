package org.interdict.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interdict.policy.RegimeOutcome;
import org.interdict.policy.Status;
import org.interdict.scan.Finding;
import org.interdict.scan.ScanResult;

/**
 * SARIF 2.1.0, so that code-scanning dashboards show findings: one rule per catalog product, one result per
 * finding, level {@code error} when prohibited now, {@code warning} when prohibited later or advised against,
 * {@code note} otherwise. Regime outcomes and evidence go in the result's property bag.
 */
final class SarifReport implements ReportWriter {
  @Override
  public String formatId() {
    return "sarif";
  }

  @Override
  public void write(ScanResult result, Writer out) throws IOException {
    Map<String, Object> rules = new LinkedHashMap<>();
    List<Object> results = new ArrayList<>();
    for (Finding finding : result.findings()) {
      String productId = finding.detection().product().id();
      rules.computeIfAbsent(productId, id -> ReportModel.ordered(
          "id", id,
          "name", finding.detection().product().name(),
          "shortDescription", Map.of("text", finding.detection().product().name() + " ("
              + finding.detection().vendor().name() + ", " + finding.detection().product().category() + ")"),
          "properties", Map.of("vendor", finding.detection().vendor().id(),
              "category", finding.detection().product().category())));
      results.add(result(finding, result));
    }
    Map<String, Object> driver = ReportModel.ordered(
        "name", "interdict",
        "version", result.toolVersion(),
        "informationUri", "https://github.com/interdict/interdict",
        "properties", Map.of("catalogVersion", result.catalogVersion()),
        "rules", new ArrayList<>(rules.values()));
    Map<String, Object> run = ReportModel.ordered(
        "tool", Map.of("driver", driver),
        "results", results,
        "properties", ReportModel.ordered("asOf", result.asOf().toString(), "profile", result.profile()));
    Map<String, Object> sarif = ReportModel.ordered(
        "$schema", "https://json.schemastore.org/sarif-2.1.0.json",
        "version", "2.1.0",
        "runs", List.of(run));
    Json.write(sarif, out);
  }

  private static Map<String, Object> result(Finding finding, ScanResult scan) {
    Map<String, Object> artifact = new LinkedHashMap<>();
    artifact.put("artifactLocation", Map.of("uri", finding.record().location().file()));
    if (finding.record().location().line() > 0) {
      artifact.put("region", Map.of("startLine", finding.record().location().line()));
    }
    Map<String, Object> location = new LinkedHashMap<>();
    location.put("physicalLocation", artifact);
    if (!finding.record().location().pointer().isEmpty()) {
      location.put("logicalLocations", List.of(Map.of("fullyQualifiedName", finding.record().location().pointer())));
    }
    List<Object> regimes = new ArrayList<>();
    for (RegimeOutcome outcome : finding.outcomes()) {
      regimes.add(ReportModel.ordered("regime", outcome.regimeId(), "status", outcome.statusText(),
          "deadline", outcome.deadline().map(Object::toString).orElse(""), "citation", outcome.citation(),
          "action", outcome.action()));
    }
    String host = finding.record().host().isEmpty() ? "" : " on " + finding.record().host();
    return ReportModel.ordered(
        "ruleId", finding.detection().product().id(),
        "level", level(finding.worstStatus()),
        "message", Map.of("text", finding.detection().product().name() + " (" + finding.detection().context().id()
            + ")" + host + ": " + finding.worstStatus().id() + " as of " + scan.asOf()),
        "locations", List.of(location),
        "partialFingerprints", Map.of("interdictFinding/v1", finding.id()),
        "properties", ReportModel.ordered("host", finding.record().host(),
            "confidence", finding.detection().confidence().id(), "context", finding.detection().context().id(),
            "regimes", regimes));
  }

  private static String level(Status status) {
    return switch (status) {
      case PROHIBITED -> "error";
      case PROHIBITED_FROM, REVIEW, ADVISORY -> "warning";
      case NOT_COVERED -> "note";
    };
  }
}
