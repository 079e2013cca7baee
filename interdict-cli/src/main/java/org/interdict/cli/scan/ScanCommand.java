package org.interdict.cli.scan;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.interdict.catalog.Catalog;
import org.interdict.catalog.Profile;
import org.interdict.cli.CatalogOption;
import org.interdict.cli.Colour;
import org.interdict.cli.Verbosity;
import org.interdict.cli.VersionProvider;
import org.interdict.report.ReportOptions;
import org.interdict.report.ReportWriter;
import org.interdict.report.Reports;
import org.interdict.scan.ScanResult;
import org.interdict.scan.ScanSource;
import org.interdict.scan.Scanner;
import org.interdict.waiver.WaiverFile;
import org.interdict.waiver.Waivers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code interdict scan}: reads inventories and reports every catalogued product with what each
 * regime requires.
 */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Read software inventories (osquery results, CSV exports, CycloneDX, SPDX, or this host) and report every "
          + "catalogued product with, per regime, its status as of a date, citation, deadline and recommended action."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  no covered software found, and every input was read completely",
      "  1  covered software found (prohibited, prohibited from a later date, review or advisory; with --fail-on,",
      "     one of its statuses; waived findings never count); the report is complete",
      "     (input errors, if any, are listed in it and counted on stderr)",
      "  2  usage error; no input could be read; or part of an input could not be read and nothing covered was",
      "     found in the rest (a truncated SBOM never passes as clean)",
      "  3  internal error: a bug, or out of memory (raise the heap with INTERDICT_JAVA_OPTS=-Xmx4g); --debug",
      "     prints the stack trace. A report file being written is deleted, never left half-written.",
      "",
      "Examples:",
      "  interdict scan examples/fleet.osquery.json",
      "  interdict scan sbom.cdx.json --profile us-federal-contractor --as-of 2024-09-29 --format json",
      "  interdict scan --host --format html --output report.html",
      "  interdict scan sbom.cdx.json --fail-on prohibited,prohibited-from --waivers waivers.yaml --format sarif"
    })
public final class ScanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "Inventory files to read (.gz is decompressed; - reads standard input).")
  List<Path> files = new ArrayList<>();

  @Option(names = "--host", description = "Also read the software installed on this machine.")
  boolean host;

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      defaultValue = "auto",
      description =
          "auto, osquery, csv, cyclonedx or spdx (default: ${DEFAULT-VALUE}, detected per file).")
  String inputFormat;

  @Option(
      names = "--csv-mapping",
      paramLabel = "MAP",
      description =
          "Explicit CSV columns, e.g. name=App,publisher=Vendor,version=Ver,host=Machine.")
  String csvMapping;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description = "Evaluate the regimes as of this date (default: today, UTC).")
  String asOf;

  @Option(
      names = "--profile",
      paramLabel = "ID",
      defaultValue = "us-person",
      description =
          "Organization profile (default: ${DEFAULT-VALUE}); see `interdict catalog list`.")
  String profile;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "table, json, csv, sarif or html (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write the report here instead of stdout. "
              + "With --format html, the page shows at most "
              + ReportOptions.DEFAULT_HTML_ROWS
              + " findings and the full "
              + "data goes to a JSON file beside it (report.html -> report.json).")
  Path output;

  @Option(
      names = "--all-regimes",
      negatable = false,
      description =
          "List on each finding every regime that names "
              + "its vendor, also those that do not cover it (default: only covering regimes; the summary counts all).")
  boolean allRegimes;

  @Option(
      names = "--no-progress",
      negatable = false,
      description = "Never draw the progress bar on stderr.")
  boolean noProgress;

  @Option(
      names = "--fail-on",
      paramLabel = "STATUS[,STATUS]",
      description =
          "Exit 1 only for findings with one of "
              + "these statuses: prohibited, prohibited-from, review, advisory, or none (default: all four).")
  String failOn;

  @Option(
      names = "--waivers",
      paramLabel = "FILE",
      description =
          "YAML file of dated exceptions (host, product or "
              + "finding id; reason, approver, expires): matching findings are reported as waived, and do not fail the "
              + "scan, until the expiry date (docs/waivers.md).")
  Path waiversFile;

  @Mixin CatalogOption catalogOption;

  @Mixin org.interdict.cli.verify.SignOption sign;

  private final Clock clock;

  public ScanCommand() {
    this(Clock.systemUTC());
  }

  public ScanCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() throws Exception {
    if (files.isEmpty() && !host) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "give at least one FILE, or --host");
    }
    ReportWriter report = reportWriter();
    var key = sign.load(spec, output, format.equals("json"));
    LocalDate date = asOfDate();
    Catalog catalog = catalogOption.load();
    if (catalog.profile(profile).isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "unknown profile '"
              + profile
              + "'; expected one of "
              + catalog.profiles().stream().map(Profile::id).toList());
    }
    FailOn failing = failOn();
    List<ScanSource> sources = sources();
    Waivers waivers =
        new Waivers(waiversFile == null ? List.of() : WaiverFile.read(waiversFile), date);
    Scanner scanner = new Scanner(catalog, clock, VersionProvider.version());
    PrintWriter stdout = spec.commandLine().getOut();
    ColouredTable coloured = null;
    if (output == null && format.equals("table") && Colour.onStdout()) {
      coloured = new ColouredTable(stdout);
      stdout = new PrintWriter(coloured);
    }
    ScanResult result =
        ReportFiles.write(
            output,
            stdout,
            report,
            options(),
            sink -> scanner.scan(sources, profile, date, sink, waivers));
    if (coloured != null) {
      coloured.close();
    }
    WaiverNotes.print(waivers, Verbosity.notes(spec.commandLine().getErr()));
    int exit = ScanOutcome.exitCode(result, format, failing, spec.commandLine().getErr());
    sign.sign(spec, key, output, clock);
    return exit;
  }

  private List<ScanSource> sources() {
    InventoryInputs inputs;
    try {
      inputs =
          new InventoryInputs(inputFormat, csvMapping, spec.commandLine().getErr(), !noProgress);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    List<ScanSource> sources = new ArrayList<>();
    for (Path file : files) {
      sources.add(inputs.file(file));
    }
    if (host) {
      sources.add(inputs.host());
    }
    return sources;
  }

  private FailOn failOn() {
    try {
      return failOn == null ? FailOn.defaults() : FailOn.parse(failOn);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private ReportOptions options() {
    return ReportOptions.defaults().withAllRegimes(allRegimes);
  }

  private ReportWriter reportWriter() {
    try {
      return Reports.byId(format);
    } catch (RuntimeException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private LocalDate asOfDate() {
    if (asOf == null) {
      return LocalDate.now(clock);
    }
    try {
      return LocalDate.parse(asOf.strip());
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--as-of: '" + asOf + "' is not a date; " + "expected YYYY-MM-DD, e.g. 2024-09-29");
    }
  }
}
