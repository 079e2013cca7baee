package org.interdict.ownership;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.interdict.model.SourceLocation;
import org.interdict.text.QuoteTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an ownership CSV: UTF-8 (a BOM is skipped), a header naming {@code
 * owner,owned,percent,relation,source} in any order ({@code owner} and {@code owned} required). A
 * bad row becomes a {@link GraphIssue} naming file and line and is skipped; the other rows load.
 * Stateless and thread-safe.
 */
public final class OwnershipCsv {
  private static final Logger LOG = LoggerFactory.getLogger(OwnershipCsv.class);
  private static final List<String> COLUMNS =
      List.of("owner", "owned", "percent", "relation", "source");

  private OwnershipCsv() {}

  /**
   * The graph of the file's rows.
   *
   * @throws UnreadableOwnershipException when the file cannot be read or its header lacks {@code
   *     owner}/{@code owned}
   * @throws OwnershipGraphTooLargeException when it has more than {@link OwnershipGraph#MAX_EDGES}
   *     edges
   */
  public static OwnershipGraph read(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString());
    } catch (IOException | UncheckedIOException e) {
      throw new UnreadableOwnershipException(
          "cannot read ownership file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads from {@code reader}; {@code fileName} is used in issue locations. */
  public static OwnershipGraph read(Reader reader, String fileName) {
    List<OwnershipEdge> edges = new ArrayList<>();
    List<GraphIssue> issues = new ArrayList<>();
    Map<String, Integer> columns = null;
    QuoteTracker quotes = new QuoteTracker(reader, ',');
    try (CsvReader<CsvRecord> csv =
        CsvReader.builder()
            .ignoreDifferentFieldCount(true)
            .skipEmptyLines(true)
            .ofCsvRecord(quotes)) {
      for (CsvRecord record : csv) {
        long line = record.getStartingLineNumber();
        if (columns == null) {
          columns = header(record, fileName);
          continue;
        }
        SourceLocation at = SourceLocation.ofLine(fileName, line);
        Optional<GraphIssue> issue = rowIssue(record, columns, at);
        if (issue.isPresent()) {
          // the message may hold party names, which are personal data: only the id and place above
          // DEBUG
          LOG.warn("{}: {}; skipping row", issue.get().location(), issue.get().issueId());
          LOG.debug("{}", issue.get());
          issues.add(issue.get());
        } else if (edges.size() >= OwnershipGraph.MAX_EDGES) {
          throw new OwnershipGraphTooLargeException(at);
        } else {
          edges.add(edge(record, columns, at));
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new UnreadableOwnershipException(
          "cannot read ownership file " + fileName + ": " + e.getMessage(), e);
    }
    if (columns == null) {
      throw new UnreadableOwnershipException(
          "ownership file "
              + fileName
              + " is empty; expected a header "
              + String.join(",", COLUMNS));
    }
    if (quotes.endedInsideQuotes()) {
      // fastcsv reads the rest of the file into the open field, silently; the row may even look
      // valid
      SourceLocation at = SourceLocation.ofLine(fileName, quotes.openedAtLine());
      LOG.warn("{}: unterminated-quote; rows after it are lost", at);
      issues.add(new GraphIssue("unterminated-quote", QuoteTracker.UNCLOSED_QUOTE, at));
    }
    return OwnershipGraph.of(edges, issues);
  }

  private static Map<String, Integer> header(CsvRecord record, String fileName) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < record.getFieldCount(); i++) {
      String name = record.getField(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
      if (COLUMNS.contains(name)) {
        columns.putIfAbsent(name, i);
      }
    }
    if (!columns.containsKey("owner") || !columns.containsKey("owned")) {
      throw new UnreadableOwnershipException(
          "ownership file "
              + fileName
              + ":"
              + record.getStartingLineNumber()
              + ": header "
              + record.getFields()
              + " lacks owner and owned; expected "
              + String.join(",", COLUMNS));
    }
    return columns;
  }

  private static String field(CsvRecord record, Map<String, Integer> columns, String name) {
    Integer at = columns.get(name);
    return at == null || at >= record.getFieldCount() ? "" : record.getField(at).strip();
  }

  private static OwnershipEdge edge(
      CsvRecord record, Map<String, Integer> columns, SourceLocation at) {
    String owner = field(record, columns, "owner");
    String owned = field(record, columns, "owned");
    String percentText = field(record, columns, "percent");
    Relation.Parsed relation = relation(field(record, columns, "relation")).orElseThrow();
    OptionalDouble percent =
        percentText.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(percent(percentText));
    String from = relation.reversed() ? owned : owner;
    String to = relation.reversed() ? owner : owned;
    return new OwnershipEdge(
        from, to, percent, relation.relation(), at, field(record, columns, "source"));
  }

  private static Optional<GraphIssue> rowIssue(
      CsvRecord record, Map<String, Integer> columns, SourceLocation at) {
    String owner = field(record, columns, "owner");
    String owned = field(record, columns, "owned");
    if (owner.isEmpty() || owned.isEmpty()) {
      return Optional.of(
          new GraphIssue(
              "malformed-ownership-row",
              "row " + record.getFields() + " lacks an owner or an owned name",
              at));
    }
    String relationText = field(record, columns, "relation");
    Optional<Relation.Parsed> relation = relation(relationText);
    if (relation.isEmpty()) {
      return Optional.of(
          new GraphIssue(
              "unknown-relation",
              "relation '"
                  + relationText
                  + "' is not one of owns, parent-of, subsidiary-of, affiliate-of",
              at));
    }
    String percentText = field(record, columns, "percent");
    if (percentText.isEmpty()) {
      return relation.get().relation() == Relation.OWNS
          ? Optional.of(new GraphIssue("bad-percent", "an owns row needs a percent (0-100)", at))
          : Optional.empty();
    }
    double percent = percent(percentText);
    if (!(percent >= 0 && percent <= 100)) {
      return Optional.of(
          new GraphIssue(
              "bad-percent", "percent '" + percentText + "' is not a number in 0-100", at));
    }
    return Optional.empty();
  }

  private static Optional<Relation.Parsed> relation(String text) {
    return text.isEmpty()
        ? Optional.of(new Relation.Parsed(Relation.OWNS, false))
        : Relation.parse(text);
  }

  /** The percentage, accepting a trailing {@code %} and a decimal comma; NaN when not a number. */
  private static double percent(String text) {
    String cleaned = text.replace("%", "").replace(',', '.').strip();
    try {
      return Double.parseDouble(cleaned);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
