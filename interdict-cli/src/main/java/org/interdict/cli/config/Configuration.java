package org.interdict.cli.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.interdict.InterdictException;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Option values from outside the command line, as picocli defaults: an {@code
 * INTERDICT_<COMMAND>_<OPTION>} variable, else the key {@code <command>.<option>} of {@code
 * interdict.yaml} (in the working folder, or {@code --config FILE}), else the option's own default.
 * A flag on the command line beats them all, since picocli asks for a default only for an option
 * not given. Keys are per command ({@code scan.format}, {@code lists.update.timeout}), so that one
 * key never means two things (docs/adr/010-cli-output-and-configuration.md). Unknown keys in the
 * file are rejected; unknown variables are ignored, since the environment is shared.
 */
public final class Configuration implements CommandLine.IDefaultValueProvider {
  /** The file read from the working folder when {@code --config} is not given. */
  public static final String FILE_NAME = "interdict.yaml";

  /**
   * Options that no file or variable sets: they act before configuration is read, or are not
   * settings.
   */
  static final List<String> NOT_CONFIGURABLE =
      List.of("--help", "--version", "--config", "--log-level", "--verbose", "--debug");

  /** Where a value came from. */
  public record Value(String value, String origin) {}

  private final Map<String, Value> file;
  private final Map<String, String> environment;

  private Configuration(Map<String, Value> file, Map<String, String> environment) {
    this.file = Map.copyOf(file);
    this.environment = Map.copyOf(environment);
  }

  /** No file, no variables: every option keeps its own default. */
  public static Configuration none() {
    return new Configuration(Map.of(), Map.of());
  }

  /**
   * The configuration for a run with {@code args}: the file named by {@code --config}, else {@code
   * interdict.yaml} in {@code workingDir} if present; the {@code INTERDICT_*} entries of {@code
   * environment}.
   */
  public static Configuration load(
      String[] args, Map<String, String> environment, Path workingDir) {
    Optional<Path> named = configArgument(args);
    Path file = named.orElse(workingDir.resolve(FILE_NAME));
    if (named.isPresent() && !Files.isRegularFile(file)) {
      throw new InterdictException("--config: " + file + " is not a file");
    }
    Map<String, Value> values = Files.isRegularFile(file) ? read(file) : Map.of();
    Map<String, String> variables = new LinkedHashMap<>();
    environment.forEach(
        (name, value) -> {
          if (name.startsWith("INTERDICT_")) {
            variables.put(name, value);
          }
        });
    return new Configuration(values, variables);
  }

  static Optional<Path> configArgument(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--")) {
        break;
      }
      if (args[i].equals("--config") && i + 1 < args.length) {
        return Optional.of(Path.of(args[i + 1]));
      }
      if (args[i].startsWith("--config=")) {
        return Optional.of(Path.of(args[i].substring("--config=".length())));
      }
    }
    return Optional.empty();
  }

  /**
   * The file's values by key ({@code scan.fail-on}), each with its origin ({@code
   * interdict.yaml:3}).
   */
  static Map<String, Value> read(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (IOException e) {
      throw new InterdictException("cannot read configuration " + file + ": " + e.getMessage(), e);
    }
    Map<String, Value> values = new LinkedHashMap<>();
    if (root == null || root.isMissingNode() || root.isNull()) {
      return values;
    }
    if (!root.isObject()) {
      throw new InterdictException(file + ": expected a mapping of command names to their options");
    }
    flatten(root, "", file, values);
    return values;
  }

  private static void flatten(JsonNode node, String prefix, Path file, Map<String, Value> values) {
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      String key = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
      JsonNode value = field.getValue();
      if (value.isObject()) {
        flatten(value, key, file, values);
      } else if (value.isArray()) {
        List<String> items = new ArrayList<>();
        value.forEach(item -> items.add(item.asText()));
        values.put(key, new Value(String.join(",", items), file.toString()));
      } else if (!value.isNull()) {
        values.put(key, new Value(value.asText(), file.toString()));
      }
    }
  }

  /**
   * Loads and installs the configuration of a run of {@code root} with {@code args}; a bad file is
   * a usage error: one line on stderr and false.
   */
  public static boolean installFor(CommandLine root, String[] args) {
    try {
      load(args, System.getenv(), Path.of("")).install(root);
      return true;
    } catch (InterdictException e) {
      root.getErr().println("interdict: " + e.getMessage());
      root.getErr().flush();
      return false;
    }
  }

  /**
   * Installs this configuration on {@code root} and its subcommands, after checking every file key
   * names an option.
   */
  public void install(CommandLine root) {
    Map<String, OptionSpec> known = new LinkedHashMap<>();
    options(root.getCommandSpec(), known);
    for (String key : file.keySet()) {
      if (!known.containsKey(key)) {
        throw new InterdictException(
            file.get(key).origin()
                + ": unknown key '"
                + key
                + "'; expected an option of "
                + "a command, e.g. scan.fail-on or lists.update.timeout (interdict config lists them)");
      }
    }
    root.setDefaultValueProvider(this);
  }

  /** Every configurable option below {@code command}, by key. */
  public static void options(CommandSpec command, Map<String, OptionSpec> out) {
    for (OptionSpec option : command.options()) {
      if (!NOT_CONFIGURABLE.contains(option.longestName())
          && option.longestName().startsWith("--")) {
        out.put(key(command, option), option);
      }
    }
    command
        .subcommands()
        .values()
        .forEach(
            sub -> {
              if (sub.getCommandSpec().parent() == command
                  && !(sub.getCommandSpec().userObject() instanceof CommandLine.HelpCommand)) {
                options(sub.getCommandSpec(), out);
              }
            });
  }

  /**
   * {@code scan.fail-on}: the command path below {@code interdict}, then the option's long name.
   */
  public static String key(CommandSpec command, OptionSpec option) {
    String path = command.qualifiedName(".");
    String name = option.longestName().substring(2);
    int root = path.indexOf('.');
    return root < 0 ? name : path.substring(root + 1) + "." + name;
  }

  /** {@code INTERDICT_SCAN_FAIL_ON} for {@code scan.fail-on}. */
  public static String variable(String key) {
    return "INTERDICT_" + key.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
  }

  /** The value and origin an option gets when not given on the command line, if any. */
  public Optional<Value> lookup(String key) {
    String variable = variable(key);
    if (environment.containsKey(variable)) {
      return Optional.of(new Value(environment.get(variable), "environment " + variable));
    }
    return Optional.ofNullable(file.get(key));
  }

  @Override
  public String defaultValue(ArgSpec argument) {
    if (!(argument instanceof OptionSpec option)
        || NOT_CONFIGURABLE.contains(option.longestName())
        || option.command() == null) {
      return null;
    }
    return lookup(key(option.command(), option)).map(Value::value).orElse(null);
  }
}
