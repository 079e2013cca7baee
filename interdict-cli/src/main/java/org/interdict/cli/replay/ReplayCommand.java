package org.interdict.cli.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.interdict.cli.ExitCodes;
import org.interdict.cli.InterdictCommand;
import org.interdict.cli.scan.ScanCommand;
import org.interdict.verify.DocumentSignatures;
import org.interdict.verify.JsonCanonicalizer;
import org.interdict.verify.ReportDiff;
import org.interdict.verify.ReportSigner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code interdict replay REPORT}: runs the scan, screening or re-screening that wrote REPORT
 * again, with the inputs, date, clock and stored snapshots its evidence names, and compares the new
 * report with the old one in canonical form.
 */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    versionProvider = org.interdict.cli.VersionProvider.class,
    description = {
      "Re-run a past scan, screen or rescreen from the evidence its JSON report names (REPORT.sig records the "
          + "command; a scan report without one is rebuilt from its inputs, profile and date) and confirm that the "
          + "verdicts are reproduced bit for bit, or list the ones that differ and why. Stored list snapshots are "
          + "pinned: the replay uses the very snapshots of the report, even after a list update. Run it from the "
          + "folder the report was written in. See docs/verification.md."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:reproduced bit for bit",
      "1:not reproduced (each difference and its reason is listed), or an "
          + "input or snapshot it needs is missing or changed",
      "2:usage error, or the report cannot be read",
      "3:internal error"
    })
public final class ReplayCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "REPORT", description = "A JSON report of scan, screen or rescreen.")
  Path report;

  @Option(
      names = "--signature",
      paramLabel = "FILE",
      description = "Its signature (default: REPORT.sig, if present).")
  Path signature;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    JsonNode original = ReportSigner.readJson(report);
    Path sig = signature != null ? signature : ReportSigner.signatureFile(report);
    Optional<JsonNode> statement = Optional.empty();
    if (Files.isRegularFile(sig)) {
      JsonNode file = ReportSigner.readJson(sig);
      statement = Optional.of(file.path("statement"));
      List<String> problems =
          DocumentSignatures.problems(
              file.path("statement"), file.path("signature"), Optional.empty());
      problems.forEach(
          p ->
              out.println(
                  "warning: "
                      + p
                      + " (the recorded command may have been edited; run "
                      + "interdict verify)"));
    } else if (signature != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), signature + ": no such file");
    }
    Path work = Files.createTempDirectory("interdict-replay");
    try {
      ReplayPlan plan = ReplayPlan.of(original, statement, work);
      plan.notes().forEach(n -> out.println("note: " + n));
      if (!plan.problems().isEmpty()) {
        plan.problems().forEach(p -> out.println("NOT REPRODUCIBLE: " + p));
        return ExitCodes.FOUND;
      }
      Path replayed = work.resolve("replayed.json");
      out.println(
          "Replaying: interdict "
              + plan.command()
              + " "
              + String.join(" ", plan.arguments())
              + (plan.pinned().isPresent() ? " (stored snapshots pinned)" : ""));
      Run run = run(plan, replayed);
      if (!Files.isRegularFile(replayed)) {
        out.println(
            "NOT REPRODUCED: "
                + plan.command()
                + " exited "
                + run.exit()
                + " without a report: "
                + run.err().strip());
        return ExitCodes.FOUND;
      }
      String text = Files.readString(replayed, StandardCharsets.UTF_8);
      if (plan.pinned().isPresent()) {
        // The pinned copies stand in for the original data directory; paths in the new report are
        // put back.
        text = text.replace(work.toString(), plan.pinned().get().original().toString());
      }
      JsonNode again = ReportSigner.parseJson(text, "the replayed report");
      return compare(original, again, out);
    } finally {
      delete(work);
    }
  }

  private int compare(JsonNode original, JsonNode again, PrintWriter out) {
    if (java.util.Arrays.equals(
        JsonCanonicalizer.canonicalBytes(original), JsonCanonicalizer.canonicalBytes(again))) {
      out.println(
          "Reproduced bit for bit: "
              + report
              + " ("
              + verdicts(original)
              + ", canonical SHA-256 "
              + org.interdict.verify.Signatures.sha256(JsonCanonicalizer.canonicalBytes(original))
              + ")");
      return ExitCodes.CLEAN;
    }
    List<String> reasons = new ArrayList<>();
    for (String field : new String[] {"version", "catalogVersion", "scorer", "indexVersion"}) {
      String before = original.path("tool").path(field).asText("");
      String now = again.path("tool").path(field).asText("");
      if (!before.equals(now)) {
        reasons.add(
            (field.equals("version") ? "engine version changed" : field + " changed")
                + ": "
                + before
                + " -> "
                + now);
      }
    }
    List<String> places = ReportDiff.places(original, again);
    out.println(
        "NOT REPRODUCED: "
            + places.size()
            + " difference(s)"
            + (reasons.isEmpty() ? "" : "; why: " + String.join("; ", reasons)));
    places.forEach(p -> out.println("  " + p));
    return ExitCodes.FOUND;
  }

  private static String verdicts(JsonNode report) {
    if (report.has("findings")) {
      return report.path("findings").size() + " findings";
    }
    if (report.has("results")) {
      return report.path("results").size() + " results";
    }
    return report.path("changes").size() + " changes";
  }

  record Run(int exit, String err) {}

  private Run run(ReplayPlan plan, Path output) {
    CommandLine cli = InterdictCommand.newCommandLine();
    if (plan.command().equals("scan")) {
      CommandLine scan = cli.getSubcommands().get("scan");
      CommandLine fixed = new CommandLine(new ScanCommand(plan.clock()));
      fixed.setExecutionExceptionHandler(scan.getExecutionExceptionHandler());
      cli.getCommandSpec().removeSubcommand("scan");
      cli.addSubcommand("scan", fixed);
    }
    StringWriter err = new StringWriter();
    CommandLine target = cli.getSubcommands().get(plan.command());
    if (target == null) {
      throw new org.interdict.verify.VerifyException(
          "the signature names the command '"
              + plan.command()
              + "', which this build cannot replay");
    }
    for (CommandLine c : new CommandLine[] {cli, target}) {
      c.setOut(new PrintWriter(new StringWriter()));
      c.setErr(new PrintWriter(err));
    }
    List<String> arguments = new ArrayList<>();
    arguments.add(plan.command());
    arguments.addAll(plan.arguments());
    arguments.add("--output");
    arguments.add(output.toString());
    int exit = cli.execute(arguments.toArray(String[]::new));
    return new Run(exit, err.toString());
  }

  private static void delete(Path work) throws IOException {
    try (Stream<Path> paths = Files.walk(work)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
