package org.interdict.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.interdict.model.InputError;
import org.interdict.policy.RegimeOutcome;
import org.interdict.policy.Status;
import org.interdict.scan.Finding;
import org.interdict.scan.FindingSink;
import org.interdict.scan.ScanHeader;
import org.interdict.scan.ScanResult;

/**
 * SARIF 2.1.0, so that code-scanning dashboards show findings: one result per finding (streamed, in
 * the order findings arrive), level {@code error} when prohibited now, {@code warning} when
 * prohibited later or advised against, {@code note} otherwise; then one rule per catalog product
 * (by id) and one invocation whose {@code toolExecutionNotifications} are the input errors and
 * whose {@code executionSuccessful} is false when any input could not be read completely. Regime
 * outcomes and evidence go in the result's property bag. At most {@link #MAX_RESULTS} results,
 * GitHub code scanning's hard limit per run (a larger run is rejected whole): the findings after it
 * are left out, counted in a warning notification and in the run's {@code omittedResults} property,
 * while the summary still counts them (docs/github-action.md).
 */
final class SarifReport implements ReportWriter {
  /** GitHub code scanning rejects a run with more results than this. */
  static final int MAX_RESULTS = 25_000;

  private final int maxResults;

  SarifReport() {
    this(MAX_RESULTS);
  }

  SarifReport(int maxResults) {
    this.maxResults = maxResults;
  }

  @Override
  public String formatId() {
    return "sarif";
  }

  @Override
  public FindingSink open(Writer out, ReportOptions options) {
    return new JsonDocumentSink(out) {
      private final Map<String, Object> rules = new TreeMap<>();
      private long results;

      @Override
      void open(JsonGenerator json, ScanHeader header) throws IOException {
        json.writeStartObject();
        json.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.writeStringField("version", "2.1.0");
        json.writeArrayFieldStart("runs");
        json.writeStartObject();
        json.writeArrayFieldStart("results");
      }

      @Override
      Object element(Finding finding, ScanHeader header) {
        if (++results > maxResults) {
          return null;
        }
        rules.computeIfAbsent(finding.detection().product().id(), id -> rule(finding));
        return result(finding, header, options.allRegimes());
      }

      @Override
      void close(JsonGenerator json, ScanHeader header, ScanResult result) throws IOException {
        Map<String, Object> driver =
            ReportModel.ordered(
                "name",
                "interdict",
                "version",
                header.toolVersion(),
                "informationUri",
                "https://github.com/interdict/interdict",
                "properties",
                Map.of("catalogVersion", header.catalogVersion()),
                "rules",
                new ArrayList<>(rules.values()));
        json.writeEndArray();
        json.writeObjectField("tool", Map.of("driver", driver));
        long omitted = Math.max(0, results - maxResults);
        json.writeObjectField("invocations", List.of(invocation(result, omitted, maxResults)));
        json.writeObjectField(
            "properties",
            ReportModel.ordered(
                "asOf",
                header.asOf().toString(),
                "profile",
                header.profile(),
                "records",
                result.summary().records(),
                "errors",
                result.summary().errors(),
                "omittedResults",
                omitted));
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
      }
    };
  }

  private static Map<String, Object> rule(Finding finding) {
    return ReportModel.ordered(
        "id", finding.detection().product().id(),
        "name", finding.detection().product().name(),
        "shortDescription",
            Map.of(
                "text",
                finding.detection().product().name()
                    + " ("
                    + finding.detection().vendor().name()
                    + ", "
                    + finding.detection().product().category()
                    + ")"),
        "properties",
            ReportModel.ordered(
                "vendor",
                finding.detection().vendor().id(),
                "category",
                finding.detection().product().category()));
  }

  /**
   * The run's one invocation: input errors as notifications, and whether every input was read
   * completely.
   */
  private static Map<String, Object> invocation(ScanResult result, long omitted, int maxResults) {
    List<Object> notifications = new ArrayList<>();
    if (omitted > 0) {
      notifications.add(
          ReportModel.ordered(
              "level",
              "warning",
              "descriptor",
              Map.of("id", "results-limit"),
              "message",
              Map.of(
                  "text",
                  omitted
                      + " findings after the first "
                      + maxResults
                      + " are not listed ("
                      + "GitHub code scanning accepts at most "
                      + maxResults
                      + " results per run); the summary counts "
                      + "them, --format json lists them all")));
    }
    for (InputError error : result.errors()) {
      notifications.add(
          ReportModel.ordered(
              "level", "error",
              "descriptor", Map.of("id", error.errorId()),
              "message", Map.of("text", error.message()),
              "locations", List.of(physical(error.location().file(), error.location().line()))));
    }
    if (result.summary().errors() > result.errors().size()) {
      notifications.add(
          ReportModel.ordered(
              "level",
              "error",
              "descriptor",
              Map.of("id", "more-errors"),
              "message",
              Map.of(
                  "text",
                  (result.summary().errors() - result.errors().size())
                      + " more input errors were counted but not listed")));
    }
    return ReportModel.ordered(
        "executionSuccessful", !result.incomplete(), "toolExecutionNotifications", notifications);
  }

  private static Map<String, Object> physical(String file, long line) {
    Map<String, Object> artifact = new LinkedHashMap<>();
    artifact.put("artifactLocation", Map.of("uri", file));
    if (line > 0) {
      artifact.put("region", Map.of("startLine", line));
    }
    Map<String, Object> location = new LinkedHashMap<>();
    location.put("physicalLocation", artifact);
    return location;
  }

  private static Map<String, Object> result(Finding finding, ScanHeader scan, boolean allRegimes) {
    Map<String, Object> location =
        physical(finding.record().location().file(), finding.record().location().line());
    if (!finding.record().location().pointer().isEmpty()) {
      location.put(
          "logicalLocations",
          List.of(Map.of("fullyQualifiedName", finding.record().location().pointer())));
    }
    List<Object> regimes = new ArrayList<>();
    for (RegimeOutcome outcome : allRegimes ? finding.outcomes() : finding.coveringOutcomes()) {
      regimes.add(
          ReportModel.ordered(
              "regime",
              outcome.regimeId(),
              "status",
              outcome.statusText(),
              "deadline",
              outcome.deadline().map(Object::toString).orElse(""),
              "citation",
              outcome.citation(),
              "action",
              outcome.action()));
    }
    String host = finding.record().host().isEmpty() ? "" : " on " + finding.record().host();
    Map<String, Object> result =
        ReportModel.ordered(
            "ruleId", finding.detection().product().id(),
            "level", level(finding.worstStatus()),
            "message",
                Map.of(
                    "text",
                    finding.detection().product().name()
                        + " ("
                        + finding.detection().context().id()
                        + ")"
                        + host
                        + ": "
                        + finding.worstStatus().id()
                        + " as of "
                        + scan.asOf()),
            "locations", List.of(location),
            "partialFingerprints", Map.of("interdictFinding/v1", finding.id()),
            "properties",
                ReportModel.ordered(
                    "host",
                    finding.record().host(),
                    "confidence",
                    finding.detection().confidence().id(),
                    "context",
                    finding.detection().context().id(),
                    "occurrences",
                    finding.occurrences(),
                    "regimes",
                    regimes));
    if (finding.worstStatus() == Status.WAIVED) {
      // a dated exception the site accepted, in SARIF's own form (2.1.0 section 3.27.23), level
      // note
      String justification =
          finding.outcomes().stream()
              .filter(o -> o.status() == Status.WAIVED)
              .map(RegimeOutcome::action)
              .findFirst()
              .orElse("waived");
      result.put(
          "suppressions",
          List.of(
              ReportModel.ordered(
                  "kind", "external", "status", "accepted", "justification", justification)));
    }
    return result;
  }

  private static String level(Status status) {
    return switch (status) {
      case PROHIBITED -> "error";
      case PROHIBITED_FROM, REVIEW, ADVISORY -> "warning";
      case WAIVED, NOT_COVERED -> "note";
    };
  }
}
