package org.interdict.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.interdict.lists.snapshot.FileDigests;

/**
 * The evidence a report names, found where each report kind already records it: the tool, catalog,
 * scorer and index versions under {@code tool}; scan inputs under {@code inputs}; list files under
 * {@code lists}; stored snapshots under {@code asOf.snapshots}; plus the files and folders given as
 * arguments (rescreen's {@code --from}, screen's {@code --input}), each digested now. Relative
 * paths resolve against {@code base}, the working directory of the run.
 */
public final class ReportEvidence {
  private ReportEvidence() {}

  /** The top-level members evidence is read from; signing keeps only these as trees. */
  public static final Set<String> MEMBERS = Set.of("tool", "inputs", "lists", "asOf");

  public static List<Evidence> of(JsonNode report, List<Path> argumentFiles, Path base) {
    Map<String, Evidence> found = new LinkedHashMap<>();
    JsonNode tool = report.path("tool");
    version(found, "tool", "interdict", tool.path("version"));
    version(found, "catalog", "catalog", tool.path("catalogVersion"));
    version(found, "scorer", "scorer", tool.path("scorer"));
    version(found, "index", "screening-index", tool.path("indexVersion"));
    for (JsonNode input : report.path("inputs")) {
      String file = input.path("file").asText("");
      if (!file.isEmpty()) {
        add(found, digest("input-file", file, base));
      }
    }
    for (JsonNode list : report.path("lists")) {
      for (JsonNode file : list.path("files")) {
        add(found, digest("list-file", file.asText(), base));
      }
    }
    for (JsonNode snapshot : report.path("asOf").path("snapshots")) {
      for (JsonNode file : snapshot.path("files")) {
        String path = file.path("path").asText();
        add(found, digest("snapshot-file", path, base));
      }
    }
    for (Path argument : argumentFiles) {
      for (Path file : filesOf(base.resolve(argument))) {
        add(found, digest("argument-file", file.toString(), base));
      }
    }
    return List.copyOf(found.values());
  }

  /**
   * The current digest of a named file; an unreadable one is recorded as such, never silently left
   * out.
   */
  static Evidence digest(String kind, String name, Path base) {
    if (name.startsWith("classpath:")) {
      String resource = name.substring("classpath:".length());
      try (InputStream in = ReportEvidence.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          return new Evidence(
              kind, name, "unavailable: no such resource in this build", Optional.of(name));
        }
        MessageDigest digest = FileDigests.newSha256();
        digest.update(in.readAllBytes());
        return Evidence.file(kind, name, HexFormat.of().formatHex(digest.digest()), name);
      } catch (IOException e) {
        return new Evidence(kind, name, "unavailable: " + e.getMessage(), Optional.of(name));
      }
    }
    if (name.equals("-") || name.equals("<stdin>") || name.equals("this host")) {
      return new Evidence(kind, name, "unavailable: not a file, not kept", Optional.empty());
    }
    Path file = base.resolve(name);
    try {
      return Evidence.file(kind, name, FileDigests.sha256(file), name);
    } catch (IOException e) {
      return new Evidence(
          kind,
          name,
          "unavailable: " + e.getClass().getSimpleName() + " " + e.getMessage(),
          Optional.of(name));
    }
  }

  private static List<Path> filesOf(Path argument) {
    if (!Files.isDirectory(argument)) {
      return List.of(argument);
    }
    try (Stream<Path> walk = Files.walk(argument)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      return List.of(argument);
    }
  }

  private static void version(
      Map<String, Evidence> found, String kind, String name, JsonNode value) {
    if (value.isTextual()) {
      add(found, Evidence.version(kind, name, value.asText()));
    }
  }

  private static void add(Map<String, Evidence> found, Evidence evidence) {
    found.putIfAbsent(evidence.place(), evidence);
  }

  /** Keeps only what a verifier can re-check by reading a file again. */
  static List<Evidence> files(List<Evidence> evidence) {
    List<Evidence> files = new ArrayList<>();
    for (Evidence e : evidence) {
      if (e.file().isPresent() && e.value().startsWith("sha256:")) {
        files.add(e);
      }
    }
    return files;
  }
}
