package org.interdict.cli.lists;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.interdict.lists.snapshot.Attempt;
import org.interdict.lists.snapshot.Snapshot;
import org.interdict.lists.snapshot.SnapshotStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code interdict lists status}: per source, the snapshot in force, its age, and the last attempt.
 */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
      "Show the snapshot in force per source, its age and the last attempt.",
      "Per source: the snapshot in force (newest), its entry count and age in days, whether its files still match its manifest, how many snapshots are stored, and the last update or import attempt with its outcome and reason.",
      "Exit codes: 0 all fine, 1 a source has no snapshot, a tampered snapshot or a failed last attempt, 2 usage error, 3 internal error."
    })
final class StatusCommand implements Callable<Integer> {
  @ParentCommand ListsCommand parent;
  @Mixin StoreOptions storeOptions;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "table or json (default: ${DEFAULT-VALUE}).")
  String format = "table";

  @Option(
      names = "--source",
      paramLabel = "ID",
      split = ",",
      description =
          "Only these sources, the ones this site "
              + "screens against (default: every built-in source and any other stored); the exit code reflects only them.")
  List<String> sourceIds = new ArrayList<>();

  @Mixin org.interdict.cli.OutputOption output;

  /** What status says about one source. */
  record Row(
      String sourceId,
      Optional<Snapshot> inForce,
      List<String> problems,
      int snapshotCount,
      Optional<Attempt> lastAttempt,
      List<String> folderProblems) {
    boolean ok() {
      return inForce.isPresent()
          && problems.isEmpty()
          && lastAttempt.map(a -> a.result().ok()).orElse(true);
    }
  }

  @Override
  public Integer call() throws IOException {
    if (!format.equals("table") && !format.equals("json")) {
      throw new picocli.CommandLine.ParameterException(
          parent.spec.commandLine(), "--format must be table or json, was '" + format + "'");
    }
    SnapshotStore store = storeOptions.store();
    Set<String> ids = new LinkedHashSet<>();
    if (sourceIds.isEmpty()) {
      ids.addAll(storeOptions.sources().ids());
      ids.addAll(store.sourceIds());
    } else {
      Set<String> known = new LinkedHashSet<>(storeOptions.sources().ids());
      known.addAll(store.sourceIds());
      for (String id : sourceIds) {
        if (!known.contains(id.strip())) {
          throw new picocli.CommandLine.ParameterException(
              parent.spec.commandLine(),
              "--source: '"
                  + id
                  + "' is not a list source; expected one of "
                  + String.join(", ", known));
        }
        ids.add(id.strip());
      }
    }
    List<Row> rows = new ArrayList<>();
    for (String id : ids) {
      SnapshotStore.Listing listing = store.list(id);
      Optional<Snapshot> latest =
          listing.snapshots().isEmpty()
              ? Optional.empty()
              : Optional.of(listing.snapshots().get(listing.snapshots().size() - 1));
      List<String> problems = latest.map(SnapshotStore::problems).orElse(List.of());
      rows.add(
          new Row(
              id,
              latest,
              problems,
              listing.snapshots().size(),
              store.lastAttempt(id),
              listing.problems()));
    }
    LocalDate today = LocalDate.now(parent.clock);
    output.write(
        parent.spec.commandLine().getOut(),
        out -> {
          if (format.equals("json")) {
            json(out, store, rows, today);
          } else {
            table(out, store, rows, today);
          }
          return null;
        });
    return rows.stream().allMatch(Row::ok) ? 0 : 1;
  }

  private static void table(PrintWriter out, SnapshotStore store, List<Row> rows, LocalDate today) {
    out.println("Snapshots in " + store.root() + " (as of " + today + ")");
    String format = "%-20s %-20s %8s %6s %9s  %-22s %s%n";
    out.printf(
        Locale.ROOT,
        format,
        "SOURCE",
        "IN FORCE",
        "ENTRIES",
        "AGE",
        "SNAPSHOTS",
        "LAST ATTEMPT",
        "OUTCOME");
    for (Row row : rows) {
      out.printf(
          Locale.ROOT,
          format,
          row.sourceId(),
          row.inForce().map(Snapshot::id).orElse("none"),
          row.inForce().map(s -> Integer.toString(s.manifest().entryCount())).orElse("-"),
          row.inForce().map(s -> age(s, today) + "d").orElse("-"),
          Integer.toString(row.snapshotCount()),
          row.lastAttempt().map(a -> a.attemptedAt().toString()).orElse("never"),
          row.lastAttempt().map(a -> a.result().id()).orElse("-"));
      row.lastAttempt()
          .filter(a -> !a.result().ok())
          .ifPresent(a -> out.println("  reason: " + a.reason()));
      if (!row.problems().isEmpty()) {
        out.println(
            "  TAMPERED: " + String.join("; ", row.problems()) + " (not used by screen --as-of)");
      }
      row.folderProblems().forEach(problem -> out.println("  ignored: " + problem));
    }
  }

  private static void json(PrintWriter out, SnapshotStore store, List<Row> rows, LocalDate today)
      throws IOException {
    JsonGenerator json = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter();
    json.writeStartObject();
    json.writeStringField("schema", "interdict-lists-status/1");
    json.writeStringField("root", store.root().toString());
    json.writeStringField("asOf", today.toString());
    json.writeArrayFieldStart("sources");
    for (Row row : rows) {
      json.writeStartObject();
      json.writeStringField("id", row.sourceId());
      json.writeNumberField("snapshots", row.snapshotCount());
      if (row.inForce().isPresent()) {
        Snapshot snapshot = row.inForce().get();
        json.writeObjectFieldStart("inForce");
        json.writeStringField("snapshot", snapshot.id());
        json.writeStringField("fetchedAt", snapshot.fetchedAt().toString());
        json.writeNumberField("entryCount", snapshot.manifest().entryCount());
        json.writeNumberField("ageDays", age(snapshot, today));
        json.writeBooleanField("intact", row.problems().isEmpty());
        json.writeArrayFieldStart("problems");
        for (String problem : row.problems()) {
          json.writeString(problem);
        }
        json.writeEndArray();
        json.writeEndObject();
      } else {
        json.writeNullField("inForce");
      }
      if (row.lastAttempt().isPresent()) {
        Attempt attempt = row.lastAttempt().get();
        json.writeObjectFieldStart("lastAttempt");
        json.writeStringField("at", attempt.attemptedAt().toString());
        json.writeStringField("method", attempt.method());
        json.writeStringField("outcome", attempt.result().id());
        json.writeStringField("reason", attempt.reason());
        json.writeEndObject();
      } else {
        json.writeNullField("lastAttempt");
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.flush();
    out.println();
  }

  private static long age(Snapshot snapshot, LocalDate today) {
    return ChronoUnit.DAYS.between(snapshot.date(), today);
  }
}
