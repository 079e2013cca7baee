package org.interdict.cli.screen;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.stream.Collectors;
import org.interdict.screening.Explanation;
import org.interdict.screening.Match;
import org.interdict.screening.ScreeningResult;

/**
 * Human-readable output: the lists used, then per query one line per match and one explanation line
 * under it.
 */
final class TableWriter implements ResultWriter {
  private static final String ROW = "  %-5s  %-44s  %-10s  %-22s  %s%n";
  private final Writer out;
  private double minScore;

  TableWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void begin(ScreeningSetup setup, double minScore, String scorer) throws IOException {
    this.minScore = minScore;
    out.write("Lists used: " + Texts.safe(String.join("; ", setup.describeLists())) + "\n");
    if (setup.asOf().isPresent()) {
      out.write("Snapshots in force on " + setup.asOf().get().asOf() + ":\n");
      for (String line : setup.describeSnapshots()) {
        out.write("  " + Texts.safe(line) + "\n");
      }
      for (String problem : setup.asOf().get().problems()) {
        out.write("  not used: " + Texts.safe(problem) + "\n");
      }
    }
    writeIncompleteness(setup);
    out.write(String.format(Locale.ROOT, "Minimum score: %.2f (scorer %s)%n", minScore, scorer));
  }

  /**
   * Names every list not read completely with its problems, so a "no match" below is read for what
   * it is.
   */
  private void writeIncompleteness(ScreeningSetup setup) throws IOException {
    if (setup.lists().complete()) {
      return;
    }
    out.write("WARNING: incomplete lists; a \"no match\" below proves nothing for them:\n");
    for (String line : setup.lists().describeIncompleteness()) {
      out.write("  " + Texts.safe(line) + "\n");
    }
  }

  @Override
  public void write(String inputId, ScreeningResult result) throws IOException {
    out.write("\nQuery: " + Texts.printable(result.query().name(), 200) + "\n");
    if (result.truncated()) {
      out.write("  note: name cut to its first 512 characters / 24 words for matching\n");
    }
    var problem = result.problem();
    if (problem.isPresent()) {
      out.write("  WARNING: " + problem.get().id() + ": " + problem.get().message() + "\n");
    }
    if (result.matches().isEmpty()) {
      out.write(
          problem.isPresent()
              ? "  no match, which proves nothing (see the warning above)\n"
              : String.format(Locale.ROOT, "  no match at or above %.2f%n", minScore));
      return;
    }
    out.write(
        String.format(
            Locale.ROOT,
            ROW,
            "SCORE",
            "ENTITY",
            "TYPE",
            "LIST",
            "MATCHED NAME [primary|alias] PROGRAMS"));
    for (Match match : result.matches()) {
      String name = Texts.printable(match.matchedName(), 60) + " [" + match.nameKind().id() + "]";
      String programs = Texts.printable(String.join(",", match.party().programs()), 120);
      out.write(
          String.format(
              Locale.ROOT,
              ROW,
              String.format(Locale.ROOT, "%.2f", match.score()),
              Texts.printable(match.party().id(), 80),
              match.party().type().id(),
              Texts.safe(match.party().source().listId()),
              name + (programs.isEmpty() ? "" : "  " + programs)));
      out.write("         why: " + Texts.safe(explain(match.explanation())) + "\n");
    }
  }

  static String explain(Explanation explanation) {
    String pairs =
        explanation.pairs().stream()
            .map(
                p ->
                    String.format(
                        Locale.ROOT,
                        "%s~%s %s %.2f",
                        p.queryToken(),
                        p.listToken(),
                        p.method(),
                        p.similarity()))
            .collect(Collectors.joining(", "));
    String parts =
        explanation.parts().stream()
            .map(p -> String.format(Locale.ROOT, "%s %.2f", p.id(), p.value()))
            .collect(Collectors.joining(", "));
    StringBuilder line = new StringBuilder(pairs.isEmpty() ? "no aligned tokens" : pairs);
    if (!explanation.unmatchedQueryTokens().isEmpty()) {
      line.append(" | unmatched query: ")
          .append(String.join(" ", explanation.unmatchedQueryTokens()));
    }
    if (!explanation.unmatchedListTokens().isEmpty()) {
      line.append(" | unmatched list: ")
          .append(String.join(" ", explanation.unmatchedListTokens()));
    }
    if (!explanation.querySteps().isEmpty()) {
      line.append(" | query steps: ").append(String.join(",", explanation.querySteps()));
    }
    return line.append(" | ").append(parts).toString();
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
