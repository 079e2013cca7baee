package org.interdict.cli.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.interdict.lists.snapshot.FileDigests;

/**
 * How to run a report again: the command and arguments it was written by (from its signature, or
 * rebuilt from a scan report), the date and clock it ran with, and the stored snapshots it used,
 * pinned in a data directory of their own so that a snapshot fetched later cannot take their place.
 * {@link #problems} says why it cannot be replayed as it was.
 */
record ReplayPlan(
    String command,
    List<String> arguments,
    Clock clock,
    List<String> problems,
    List<String> notes,
    Optional<PinnedSnapshots> pinned) {
  ReplayPlan {
    arguments = List.copyOf(arguments);
    problems = List.copyOf(problems);
    notes = List.copyOf(notes);
  }

  /** The stored data directory of the original run and the one holding copies of its snapshots. */
  record PinnedSnapshots(Path original, Path pinned) {}

  static ReplayPlan of(JsonNode report, Optional<JsonNode> statement, Path work)
      throws IOException {
    List<String> problems = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    String command;
    List<String> arguments;
    if (statement.isPresent()) {
      JsonNode invocation = statement.get().path("invocation");
      command = invocation.path("command").asText();
      List<String> recorded = new ArrayList<>();
      invocation.path("arguments").forEach(a -> recorded.add(a.asText()));
      arguments = recorded;
      String cwd = invocation.path("workingDirectory").asText();
      if (!Path.of("").toAbsolutePath().toString().equals(cwd)) {
        notes.add(
            "the report was written in "
                + cwd
                + "; relative paths are read from here, "
                + Path.of("").toAbsolutePath());
      }
    } else if (report.path("$schema").asText().contains("scan-report")) {
      command = "scan";
      arguments = rebuiltScan(report);
      notes.add(
          "no signature: the scan's options were rebuilt from the report (files, --profile, --as-of)");
    } else {
      throw new org.interdict.verify.VerifyException(
          "the report has no signature (REPORT.sig) naming the command "
              + "that wrote it, and only scan reports can be rebuilt without one");
    }
    arguments = withoutOptions(arguments, "--sign", "--output", "-o");
    Clock clock = Clock.systemUTC();
    if (command.equals("scan")) {
      Instant generated = Instant.parse(report.path("generatedAt").asText("1970-01-01T00:00:00Z"));
      clock = Clock.fixed(generated, ZoneOffset.UTC);
      arguments = withOption(arguments, "--as-of", report.path("asOf").asText());
    }
    Optional<PinnedSnapshots> pinned = Optional.empty();
    JsonNode snapshots = report.path("asOf").path("snapshots");
    if (!snapshots.isEmpty()) {
      arguments = withOption(arguments, "--as-of", report.path("asOf").path("date").asText());
      pinned = Optional.of(pin(snapshots, work, problems));
      arguments = withOption(arguments, "--data-dir", pinned.get().pinned().toString());
    }
    checkInputs(report, problems);
    statement.ifPresent(signed -> changedEvidence(signed, notes));
    return new ReplayPlan(command, arguments, clock, problems, notes, pinned);
  }

  private static List<String> rebuiltScan(JsonNode report) {
    List<String> arguments = new ArrayList<>();
    report.path("inputs").forEach(input -> arguments.add(input.path("file").asText()));
    arguments.addAll(List.of("--format", "json", "--profile", report.path("profile").asText()));
    return arguments;
  }

  /**
   * Copies each snapshot folder the report used into {@code work/lists/<source>/<id>}, after
   * checking its files.
   */
  private static PinnedSnapshots pin(JsonNode snapshots, Path work, List<String> problems)
      throws IOException {
    Path original = null;
    for (JsonNode snapshot : snapshots) {
      String source = snapshot.path("listId").asText();
      String id = snapshot.path("snapshot").asText();
      Path folder = null;
      for (JsonNode file : snapshot.path("files")) {
        Path path = Path.of(file.path("path").asText());
        folder = path.getParent();
        if (!Files.isRegularFile(path)) {
          problems.add("snapshot missing: " + source + " " + id + " (" + path + " is gone)");
        } else if (!FileDigests.sha256(path).equals(file.path("sha256").asText())) {
          problems.add(
              "snapshot changed: "
                  + source
                  + " "
                  + id
                  + ": "
                  + path
                  + " no longer has SHA-256 "
                  + file.path("sha256").asText());
        }
      }
      if (folder == null) {
        continue;
      }
      // <data-dir>/lists/<source>/<snapshot-id>/file: the data directory is three folders up from a
      // file's folder.
      original = folder.getParent().getParent().getParent();
      if (Files.isDirectory(folder)) {
        // A copy, not links: list readers skip links, and the digests above were taken of these
        // very bytes.
        Path copy = work.resolve("lists").resolve(source).resolve(id);
        Files.createDirectories(copy);
        try (var files = Files.list(folder)) {
          for (Path file : files.filter(Files::isRegularFile).toList()) {
            Files.copy(file, copy.resolve(file.getFileName().toString()));
          }
        }
      }
    }
    return new PinnedSnapshots(original, work);
  }

  private static void checkInputs(JsonNode report, List<String> problems) {
    for (JsonNode input : report.path("inputs")) {
      String file = input.path("file").asText();
      if (!file.equals("-") && !Files.isRegularFile(Path.of(file))) {
        problems.add("input missing: " + file);
      }
    }
  }

  /**
   * Inputs whose digest differs from the signed one: the replay runs, and this is why it may
   * differ.
   */
  private static void changedEvidence(JsonNode statement, List<String> notes) {
    for (JsonNode evidence : statement.path("evidence")) {
      String value = evidence.path("value").asText();
      String kind = evidence.path("kind").asText();
      if (!value.startsWith("sha256:")
          || kind.equals("snapshot-file")
          || !evidence.hasNonNull("file")) {
        continue;
      }
      String name = evidence.path("name").asText();
      try {
        Path file = Path.of(name);
        if (!name.startsWith("classpath:")
            && Files.isRegularFile(file)
            && !("sha256:" + FileDigests.sha256(file)).equals(value)) {
          notes.add("input changed since the report was signed: " + kind + " " + name);
        }
      } catch (IOException | java.nio.file.InvalidPathException e) {
        notes.add("input unreadable: " + kind + " " + name + ": " + e.getMessage());
      }
    }
  }

  static List<String> withoutOptions(List<String> arguments, String... names) {
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      String argument = arguments.get(i);
      boolean dropped = false;
      for (String name : names) {
        if (argument.equals(name)) {
          i++;
          dropped = true;
        } else if (argument.startsWith(name + "=")) {
          dropped = true;
        }
      }
      if (!dropped) {
        kept.add(argument);
      }
    }
    return kept;
  }

  static List<String> withOption(List<String> arguments, String name, String value) {
    List<String> replaced = new ArrayList<>(withoutOptions(arguments, name));
    replaced.add(name);
    replaced.add(value);
    return replaced;
  }
}
