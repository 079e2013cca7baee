package org.interdict.cli.scan;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.interdict.cli.ExitCodes;
import org.interdict.cli.VersionProvider;
import org.interdict.report.ReportWriter;
import org.interdict.report.Reports;
import org.interdict.scan.ScanResult;
import org.interdict.scan.ScanSource;
import org.interdict.scan.Scanner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code interdict scan}: reads inventories and reports every catalogued product with what each regime requires. */
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
      "  0  no covered software found",
      "  1  covered software found (prohibited, prohibited from a later date, or advisory)",
      "  2  usage error, or no input could be read",
      "",
      "Examples:",
      "  interdict scan examples/fleet.osquery.json",
      "  interdict scan sbom.cdx.json --profile us-federal-contractor --as-of 2024-09-29 --format json",
      "  interdict scan --host --format html --output report.html"
    })
public final class ScanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Inventory files to read (.gz is decompressed; - reads standard input).")
  List<Path> files = new ArrayList<>();

  @Option(names = "--host", description = "Also read the software installed on this machine.")
  boolean host;

  @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
      description = "auto, osquery, csv, cyclonedx or spdx (default: ${DEFAULT-VALUE}, detected per file).")
  String inputFormat;

  @Option(names = "--csv-mapping", paramLabel = "MAP",
      description = "Explicit CSV columns, e.g. name=App,publisher=Vendor,version=Ver,host=Machine.")
  String csvMapping;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "Evaluate the regimes as of this date (default: today, UTC).")
  String asOf;

  @Option(names = "--profile", paramLabel = "ID", defaultValue = "us-person",
      description = "Organization profile (default: ${DEFAULT-VALUE}); see `interdict catalog list`.")
  String profile;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table, json, csv, sarif or html (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here instead of stdout.")
  Path output;

  @Option(names = "--no-progress", negatable = false, description = "Never draw the progress bar on stderr.")
  boolean noProgress;

  @Mixin CatalogOption catalogOption;

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
      throw new CommandLine.ParameterException(spec.commandLine(), "give at least one FILE, or --host");
    }
    ReportWriter report = reportWriter();
    LocalDate date = asOfDate();
    Catalog catalog = catalogOption.load();
    if (catalog.profile(profile).isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "unknown profile '" + profile + "'; expected one of "
          + catalog.profiles().stream().map(Profile::id).toList());
    }
    InventoryInputs inputs = new InventoryInputs(inputFormat, csvMapping, spec.commandLine().getErr(), !noProgress);
    List<ScanSource> sources = new ArrayList<>();
    for (Path file : files) {
      sources.add(inputs.file(file));
    }
    if (host) {
      sources.add(inputs.host());
    }
    ScanResult result = new Scanner(catalog, clock, VersionProvider.version()).scan(sources, profile, date);
    writeReport(report, result);
    boolean nothingRead = result.inputs().stream().allMatch(i -> i.records() == 0 && i.errors() > 0);
    if (nothingRead) {
      spec.commandLine().getErr().println("interdict: no input could be read");
      return ExitCodes.USAGE;
    }
    return result.anyCovered() ? ExitCodes.FOUND : ExitCodes.CLEAN;
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
      return LocalDate.parse(asOf);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--as-of must be a date like 2024-09-29, was '"
          + asOf + "'");
    }
  }

  private void writeReport(ReportWriter report, ScanResult result) throws java.io.IOException {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      report.write(result, out);
      out.flush();
      return;
    }
    try (Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output),
        StandardCharsets.UTF_8))) {
      report.write(result, writer);
    }
  }
}
