package org.interdict.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 15: every command of the README's Examples section runs on the files of examples/ and exits
 * as its comment says, so that the README cannot drift from the code. Relative paths are resolved
 * against the repository; {@code -o FILE} writes into a temporary folder.
 */
class ReadmeExamplesTest {
  private static final String MARKER = "<!-- readme-examples:";
  private static final Pattern LINE = Pattern.compile("^\\./interdict (.+?)\\s+# exit (\\d)\\b.*$");

  @TempDir Path dir;

  @Test
  void everyReadmeExampleRunsAndExitsAsDocumented() throws Exception {
    Path root = repositoryRoot();
    List<String> lines = Files.readAllLines(root.resolve("README.md"), StandardCharsets.UTF_8);
    int start =
        lines.indexOf(lines.stream().filter(l -> l.startsWith(MARKER)).findFirst().orElseThrow());
    List<String> commands = new ArrayList<>();
    for (int i = start + 2; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
      commands.add(lines.get(i));
    }
    assertThat(commands).hasSizeGreaterThanOrEqualTo(6);
    for (String command : commands) {
      Matcher matcher = LINE.matcher(command);
      assertThat(matcher.matches()).as("an example line with its exit code: " + command).isTrue();
      List<String> args = new ArrayList<>();
      String[] words = matcher.group(1).strip().split("\\s+");
      for (int i = 0; i < words.length; i++) {
        String word = words[i];
        if (word.equals("-o") || word.equals("--output")) {
          args.add(word);
          args.add(dir.resolve(words[++i]).toString());
        } else {
          args.add(word.startsWith("examples/") ? root.resolve(word).toString() : word);
        }
      }
      for (String arg : args) {
        if (arg.startsWith(root.resolve("examples").toString())) {
          assertThat(Path.of(arg)).as(command).exists();
        }
      }
      CommandLine cli = InterdictCommand.newCommandLine();
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      cli.setOut(new PrintWriter(out, true));
      cli.setErr(new PrintWriter(err, true));

      int exit = cli.execute(args.toArray(String[]::new));

      assertThat(exit).as(command + "\n" + err).isEqualTo(Integer.parseInt(matcher.group(2)));
      assertThat(err.toString()).as(command).doesNotContain("internal error");
    }
    assertThat(dir.resolve("interdict.sarif"))
        .content()
        .contains("\"version\" : \"2.1.0\"", "kaspersky-sdk");
    assertThat(dir.resolve("catalog.json")).content().contains("interdict-catalog-list/1");
  }

  static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("examples").resolve("fleet.osquery.json"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("examples/ not found above the working directory");
    }
    return dir;
  }
}
