package org.interdict.cli.screen;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.interdict.ownership.GraphIssue;
import org.interdict.ownership.ListedNode;
import org.interdict.ownership.OwnershipEdge;
import org.interdict.ownership.OwnershipFlag;
import org.interdict.ownership.OwnershipPath;
import org.interdict.ownership.OwnershipResult;
import org.interdict.ownership.RuleOutcome;
import org.interdict.report.csv.SafeCsvWriter;
import org.interdict.screening.Match;
import org.interdict.screening.ScreeningResult;

/**
 * The ownership report of {@code screen --ownership} in table, JSON ({@value #SCHEMA}) and CSV
 * form. A path prints its listed start and at most its last {@link OwnershipPath#PRINTED_STEPS}
 * steps, with the number omitted: each omitted node is flagged itself, so the report stays linear
 * in the graph however deep the chains (docs/screening.md).
 */
record OwnershipReport(
    List<String> lists, double minScore, OwnershipResult result, List<ScreeningResult> extra) {
  static final String SCHEMA = "interdict-ownership/2";

  private static String score(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }

  private static String percent(OwnershipFlag flag) {
    return flag.aggregatePercent().isPresent()
        ? String.format(Locale.ROOT, "%.2f", flag.aggregatePercent().getAsDouble())
        : "";
  }

  private static String sources(OwnershipPath path) {
    return path.lastEdges(OwnershipPath.PRINTED_STEPS).stream()
        .map(e -> e.source() + (e.reference().isEmpty() ? "" : " (" + e.reference() + ")"))
        .collect(Collectors.joining("; "));
  }

  void table(PrintWriter out) {
    out.println("Lists used: " + String.join("; ", lists));
    out.println("Ownership rules " + result.rulesVersion() + " as of " + result.asOf() + ":");
    for (RuleOutcome rule : result.rules()) {
      out.println(
          "  "
              + rule.ruleId()
              + ": "
              + rule.status()
              + (rule.status().equals(RuleOutcome.EVALUATED)
                  ? ", " + rule.flags() + " flag(s); "
                  : "; ")
              + rule.reason());
    }
    for (ListedNode listed : result.listed()) {
      Match match = listed.match();
      out.println(
          "LISTED  \""
              + listed.node()
              + "\" -> "
              + match.party().id()
              + " \""
              + match.matchedName()
              + "\" "
              + score(match.score()));
    }
    for (OwnershipFlag flag : result.flags()) {
      out.println(
          "FLAGGED \""
              + flag.node()
              + "\" ["
              + flag.ruleId()
              + "]"
              + (flag.aggregatePercent().isPresent() ? " aggregate " + percent(flag) + " %" : ""));
      for (OwnershipPath path : flag.paths()) {
        out.println("  path: " + path.describe(OwnershipPath.PRINTED_STEPS));
        out.println(
            "  listed: "
                + path.listed().match().party().id()
                + " \""
                + path.listed().match().matchedName()
                + "\" "
                + score(path.listed().match().score())
                + "; edges from "
                + sources(path));
      }
      out.println("  cite: " + String.join(" | ", flag.citations()));
    }
    for (ScreeningResult screened : extra) {
      for (Match match : screened.matches()) {
        out.println(
            "LISTED  \""
                + screened.query().name()
                + "\" -> "
                + match.party().id()
                + " \""
                + match.matchedName()
                + "\" "
                + score(match.score())
                + " (not in the graph)");
      }
    }
    for (GraphIssue issue : result.issues()) {
      out.println("issue: " + issue);
    }
    if (result.flags().isEmpty() && result.listed().isEmpty()) {
      out.println("no node listed or flagged at or above " + minScore);
    }
    out.flush();
  }

  void csv(Writer out) throws IOException {
    SafeCsvWriter csv = SafeCsvWriter.withLf(out);
    csv.row(
        "node",
        "outcome",
        "rule",
        "aggregate_percent",
        "path",
        "listed_node",
        "entity_id",
        "score",
        "edge_sources",
        "as_of");
    for (ListedNode listed : result.listed()) {
      csv.row(
          listed.node(),
          "listed",
          "",
          "",
          "",
          listed.node(),
          listed.match().party().id(),
          score(listed.match().score()),
          "",
          result.asOf().toString());
    }
    for (OwnershipFlag flag : result.flags()) {
      for (OwnershipPath path : flag.paths()) {
        csv.row(
            flag.node(),
            "flagged",
            flag.ruleId(),
            percent(flag),
            path.describe(OwnershipPath.PRINTED_STEPS),
            path.listed().node(),
            path.listed().match().party().id(),
            score(path.listed().match().score()),
            sources(path),
            result.asOf().toString());
      }
    }
    for (ScreeningResult screened : extra) {
      for (Match match : screened.matches()) {
        csv.row(
            screened.query().name(),
            "listed",
            "",
            "",
            "",
            screened.query().name(),
            match.party().id(),
            score(match.score()),
            "",
            result.asOf().toString());
      }
    }
    csv.flush();
  }

  void json(Writer out) throws IOException {
    JsonGenerator json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter();
    json.writeStartObject();
    json.writeStringField("schema", SCHEMA);
    json.writeStringField("asOf", result.asOf().toString());
    json.writeStringField("rulesVersion", result.rulesVersion());
    json.writeNumberField("minScore", minScore);
    json.writeArrayFieldStart("lists");
    for (String list : lists) {
      json.writeString(list);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("rules");
    for (RuleOutcome rule : result.rules()) {
      json.writeStartObject();
      json.writeStringField("id", rule.ruleId());
      json.writeStringField("status", rule.status());
      json.writeStringField("reason", rule.reason());
      json.writeNumberField("flags", rule.flags());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("listed");
    for (ListedNode listed : result.listed()) {
      listed(json, listed.node(), listed.match(), true);
    }
    for (ScreeningResult screened : extra) {
      for (Match match : screened.matches()) {
        listed(json, screened.query().name(), match, false);
      }
    }
    json.writeEndArray();
    json.writeArrayFieldStart("flags");
    for (OwnershipFlag flag : result.flags()) {
      json.writeStartObject();
      json.writeStringField("node", flag.node());
      json.writeStringField("ruleId", flag.ruleId());
      if (flag.aggregatePercent().isPresent()) {
        json.writeNumberField("aggregatePercent", flag.aggregatePercent().getAsDouble());
      }
      json.writeArrayFieldStart("citations");
      for (String citation : flag.citations()) {
        json.writeString(citation);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("paths");
      for (OwnershipPath path : flag.paths()) {
        path(json, path);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("issues");
    for (GraphIssue issue : result.issues()) {
      json.writeStartObject();
      json.writeStringField("id", issue.issueId());
      json.writeStringField("location", issue.location().toString());
      json.writeStringField("message", issue.message());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.flush();
  }

  private static void listed(JsonGenerator json, String node, Match match, boolean inGraph)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("node", node);
    json.writeBooleanField("inGraph", inGraph);
    json.writeStringField("entityId", match.party().id());
    json.writeStringField("listId", match.party().source().listId());
    json.writeStringField("primaryName", match.party().primaryName());
    json.writeStringField("matchedName", match.matchedName());
    json.writeNumberField("score", match.score());
    json.writeEndObject();
  }

  private static void path(JsonGenerator json, OwnershipPath path) throws IOException {
    json.writeStartObject();
    List<OwnershipEdge> edges = path.lastEdges(OwnershipPath.PRINTED_STEPS);
    json.writeNumberField("steps", path.length());
    json.writeNumberField("omittedSteps", path.length() - edges.size());
    if (path.previous().isPresent()) {
      json.writeStringField("previousNode", path.previous().get().node());
    }
    json.writeArrayFieldStart("nodes");
    for (String node : path.lastNodes(OwnershipPath.PRINTED_STEPS)) {
      json.writeString(node);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("edges");
    for (OwnershipEdge edge : edges) {
      json.writeStartObject();
      json.writeStringField("owner", edge.owner());
      json.writeStringField("owned", edge.owned());
      json.writeStringField("relation", edge.relation().id());
      if (edge.percent().isPresent()) {
        json.writeNumberField("percent", edge.percent().getAsDouble());
      }
      json.writeStringField("source", edge.source().toString());
      json.writeStringField("reference", edge.reference());
      json.writeEndObject();
    }
    json.writeEndArray();
    Match match = path.listed().match();
    json.writeObjectFieldStart("listedParty");
    json.writeStringField("node", path.listed().node());
    json.writeStringField("entityId", match.party().id());
    json.writeStringField("primaryName", match.party().primaryName());
    json.writeStringField("matchedName", match.matchedName());
    json.writeNumberField("score", match.score());
    json.writeEndObject();
    json.writeEndObject();
  }
}
