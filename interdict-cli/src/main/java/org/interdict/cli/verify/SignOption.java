package org.interdict.cli.verify;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.interdict.verify.Invocation;
import org.interdict.verify.ReportSigner;
import org.interdict.verify.SiteKey;
import org.interdict.verify.SiteKeys;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --sign KEYFILE}, mixed into scan, screen and rescreen: after a JSON report is written to
 * {@code --output}, writes {@code REPORT.sig} (ADR 008). The key is read before any work starts, so
 * a bad key fails fast.
 */
public final class SignOption {
  @Option(
      names = "--sign",
      paramLabel = "KEYFILE",
      description =
          "Sign the JSON report written to --output with "
              + "this private key (see interdict keys generate): writes REPORT.sig beside it; check it with interdict verify.")
  Path keyFile;

  /**
   * The key, after checking that the command writes a JSON report to a file; empty without {@code
   * --sign}.
   */
  public Optional<SiteKey> load(CommandSpec spec, Path output, boolean json) {
    if (keyFile == null) {
      return Optional.empty();
    }
    if (output == null || !json) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--sign signs a JSON report file: add --format json and --output FILE");
    }
    return Optional.of(SiteKeys.readPrivate(keyFile));
  }

  /**
   * Signs {@code output}; the files and folders among the options and parameters are digested as
   * evidence.
   */
  public void sign(CommandSpec spec, Optional<SiteKey> key, Path output, Clock clock)
      throws IOException {
    if (key.isEmpty()) {
      return;
    }
    CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
    List<Path> files = new ArrayList<>();
    List<ArgSpec> args = new ArrayList<>(parsed.matchedOptions());
    args.addAll(parsed.matchedPositionals());
    for (ArgSpec arg : args) {
      if (arg instanceof CommandLine.Model.OptionSpec option
          && (option.longestName().equals("--sign") || option.longestName().equals("--output"))) {
        continue;
      }
      addPaths(arg.getValue(), files);
    }
    // originalArgs holds the whole command line; the subcommand's own arguments follow its name.
    List<String> all = parsed.originalArgs();
    List<String> own = all.subList(all.indexOf(spec.name()) + 1, all.size());
    Invocation invocation =
        new Invocation(spec.name(), own, Path.of("").toAbsolutePath().toString());
    Path sig = ReportSigner.sign(output, files, invocation, key.get(), clock);
    spec.commandLine()
        .getErr()
        .println("Signed: " + sig + " (key " + key.get().fingerprint() + ")");
  }

  private static void addPaths(Object value, List<Path> files) {
    if (value instanceof Path path && !path.toString().equals("-")) {
      files.add(path);
    } else if (value instanceof Collection<?> values) {
      values.forEach(v -> addPaths(v, files));
    }
  }
}
