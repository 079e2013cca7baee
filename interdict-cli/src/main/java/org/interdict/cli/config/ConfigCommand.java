package org.interdict.cli.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.interdict.cli.ExitCodes;
import org.interdict.cli.OutputOption;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code interdict config}: every configurable option's effective value and where it came from. */
@Command(
    name = "config",
    mixinStandardHelpOptions = true,
    description = {
      "Print the effective configuration: for every option of every command, the value it takes when not given "
          + "on the command line, and where that comes from.",
      "Precedence: a flag on the command line, then the variable INTERDICT_<COMMAND>_<OPTION> "
          + "(INTERDICT_SCAN_FAIL_ON), then the key <command>.<option> of interdict.yaml in the working folder or "
          + "of --config FILE (scan: {fail-on: prohibited}), then the option's default."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:printed",
      "2:usage error, or a configuration file that cannot be read or has an unknown key",
      "3:internal error (a bug; --debug prints the stack trace)"
    })
public final class ConfigCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOption output;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "table or json (default: table).")
  String format = "table";

  @Option(names = "--changed", description = "Only the values set by a variable or the file.")
  boolean changed;

  record Row(String key, String variable, String value, String origin) {}

  @Override
  public Integer call() throws Exception {
    if (!format.equals("table") && !format.equals("json")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--format: '" + format + "' is not a format; " + "expected table or json");
    }
    Configuration configuration =
        spec.root().defaultValueProvider() instanceof Configuration c ? c : Configuration.none();
    Map<String, OptionSpec> options = new LinkedHashMap<>();
    Configuration.options(spec.root(), options);
    List<Row> rows =
        options.entrySet().stream()
            .map(
                e ->
                    configuration
                        .lookup(e.getKey())
                        .map(
                            v ->
                                new Row(
                                    e.getKey(),
                                    Configuration.variable(e.getKey()),
                                    v.value(),
                                    v.origin()))
                        .orElse(
                            new Row(
                                e.getKey(),
                                Configuration.variable(e.getKey()),
                                builtIn(e.getValue()),
                                "default")))
            .filter(row -> !changed || !row.origin().equals("default"))
            .toList();
    return output.write(
        spec.commandLine().getOut(),
        out -> {
          if (format.equals("json")) {
            json(out, rows);
          } else {
            out.printf(Locale.ROOT, "%-36s %-28s %s%n", "KEY", "VALUE", "ORIGIN");
            rows.forEach(
                r -> out.printf(Locale.ROOT, "%-36s %-28s %s%n", r.key(), r.value(), r.origin()));
          }
          return ExitCodes.CLEAN;
        });
  }

  private static String builtIn(OptionSpec option) {
    if (option.defaultValue() != null) {
      return option.defaultValue();
    }
    Object initial = option.initialValue();
    if (initial == null
        || (initial instanceof java.util.Collection<?> c && c.isEmpty())
        || (initial instanceof Map<?, ?> m && m.isEmpty())) {
      return "-";
    }
    return initial.toString();
  }

  private static void json(PrintWriter out, List<Row> rows) throws java.io.IOException {
    JsonGenerator json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter();
    json.writeStartObject();
    json.writeStringField("schema", "interdict-config/1");
    json.writeArrayFieldStart("options");
    for (Row row : rows) {
      json.writeStartObject();
      json.writeStringField("key", row.key());
      json.writeStringField("variable", row.variable());
      json.writeStringField("value", row.value());
      json.writeStringField("origin", row.origin());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.flush();
    out.println();
  }
}
