package org.interdict.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The help of every command laid out for the terminal it is read in: as wide as the terminal (80
 * columns when that is unknown), and footers (exit codes, examples) wrapped by words under their
 * own indent, an option never parted from its value ({@code --as-of 2024-09-29} stays on one line)
 * and a wrapped example command continued with a backslash so that it still pastes into a shell.
 */
final class HelpLayout {
  /** A footer row of the exit-code table: its text continues under the text, not under the code. */
  private static final Pattern CODE_ROW = Pattern.compile("^(\\s*\\d+\\s+)\\S");

  private static final Pattern EXAMPLE =
      Pattern.compile("^\\s*([A-Z_]+=\\S*\\s+)?(\\./)?interdict\\s.*");

  private HelpLayout() {}

  /** Applies the layout to {@code root} and every subcommand below it. */
  static void apply(CommandLine root) {
    root.setUsageHelpAutoWidth(true);
    applyFooter(root);
  }

  private static void applyFooter(CommandLine command) {
    command
        .getHelpSectionMap()
        .put(
            UsageMessageSpec.SECTION_KEY_FOOTER,
            help -> {
              StringBuilder text = new StringBuilder();
              int width = help.commandSpec().usageMessage().width();
              List<String> parts = new ArrayList<>();
              for (String line : help.commandSpec().usageMessage().footer()) {
                parts.addAll(List.of(line.replace("%n", "\n").replace("%%", "%").split("\n", -1)));
              }
              for (String line : joinContinuations(parts)) {
                wrap(line, width)
                    .forEach(wrapped -> text.append(wrapped).append(System.lineSeparator()));
              }
              return text.toString();
            });
    command.getSubcommands().values().forEach(HelpLayout::applyFooter);
  }

  /**
   * The footer's lines with each exit-code row's hand-wrapped continuation lines (indented under
   * its text) joined to it, so that the row is wrapped once for the actual width.
   */
  static List<String> joinContinuations(List<String> lines) {
    List<String> joined = new ArrayList<>();
    int hanging = -1;
    for (String line : lines) {
      int indent = line.length() - line.stripLeading().length();
      Matcher row = CODE_ROW.matcher(line);
      if (hanging > 0 && !line.isBlank() && indent >= hanging && !row.find()) {
        joined.set(joined.size() - 1, joined.get(joined.size() - 1) + " " + line.strip());
        continue;
      }
      row.reset();
      hanging = row.find() ? row.group(1).length() : -1;
      joined.add(line);
    }
    return joined;
  }

  /**
   * One footer line as lines of at most {@code width} columns (a single word longer than that stays
   * whole).
   */
  static List<String> wrap(String line, int width) {
    if (line.length() <= width) {
      return List.of(line);
    }
    int indent = line.length() - line.stripLeading().length();
    Matcher row = CODE_ROW.matcher(line);
    if (row.find()) {
      String prefix = row.group(1);
      return fill(
          prefix, units(line.substring(prefix.length()).strip()), prefix.length(), width, "");
    }
    if (!EXAMPLE.matcher(line).matches()) {
      return fill(" ".repeat(indent), units(line.strip()), indent, width, "");
    }
    // an example command: continued with a backslash; its trailing comment, if it does not fit, on
    // its own line
    int comment = line.indexOf(" #");
    String command = comment < 0 ? line : line.substring(0, comment).stripTrailing();
    List<String> lines =
        new ArrayList<>(
            command.length() <= width
                ? List.of(command)
                : fill(" ".repeat(indent), units(command.strip()), indent + 4, width, " \\"));
    if (comment >= 0) {
      String note = line.substring(comment + 1).strip();
      String last = lines.get(lines.size() - 1);
      if (last.length() + 2 + note.length() <= width) {
        lines.set(lines.size() - 1, last + "  " + note);
      } else {
        lines.addAll(fill(" ".repeat(indent + 4), units(note), indent + 6, width, ""));
      }
    }
    return lines;
  }

  private static List<String> fill(
      String first, List<String> units, int hanging, int width, String continuation) {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder(first);
    boolean empty = true;
    for (String unit : units) {
      if (!empty && current.length() + 1 + unit.length() > width - continuation.length()) {
        lines.add(current + continuation);
        current = new StringBuilder(" ".repeat(hanging));
        empty = true;
      }
      if (!empty) {
        current.append(' ');
      }
      current.append(unit);
      empty = false;
    }
    lines.add(current.toString());
    return lines;
  }

  /** The words of a line, an option and the value after it kept as one unit. */
  static List<String> units(String text) {
    String[] words = text.split(" +");
    List<String> units = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      if (word.startsWith("-")
          && word.length() > 1
          && !word.contains("=")
          && i + 1 < words.length
          && !words[i + 1].startsWith("-")
          && !words[i + 1].startsWith("#")) {
        units.add(word + " " + words[++i]);
      } else {
        units.add(word);
      }
    }
    return units;
  }
}
