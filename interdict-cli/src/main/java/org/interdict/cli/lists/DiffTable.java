package org.interdict.cli.lists;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.interdict.lists.diff.FieldChange;
import org.interdict.lists.diff.PartyChange;
import org.interdict.lists.diff.PartyFields;
import org.interdict.model.Party;

/**
 * The human form of a diff: a summary per source, then one line per added or removed entry, fields
 * per change.
 */
final class DiffTable {
  private static final Set<String> SINGLE =
      Set.of(PartyFields.NAME, PartyFields.TYPE, PartyFields.REMARKS);
  private static final int WIDTH = 160;

  private DiffTable() {}

  static void write(PrintWriter out, List<DiffCommand.SourceDiff> diffs) {
    for (DiffCommand.SourceDiff one : diffs) {
      out.printf(
          Locale.ROOT,
          "%s: %s (%d entries) -> %s (%d entries)%n",
          one.sourceId(),
          one.from().label(),
          one.from().parties().size(),
          one.to().label(),
          one.to().parties().size());
      out.println("  " + one.diff().summary());
      for (Party party : one.diff().added()) {
        out.println("  + " + line(party));
      }
      for (Party party : one.diff().removed()) {
        out.println("  - " + line(party));
      }
      for (PartyChange change : one.diff().changed()) {
        out.println("  ~ " + change.id() + "  " + cut(change.after().primaryName()));
        for (FieldChange field : change.fields()) {
          out.println("      " + field.field() + ": " + describe(field));
        }
      }
      out.println();
    }
  }

  static String line(Party party) {
    String programs =
        party.programs().isEmpty() ? "" : "  [" + String.join(", ", party.programs()) + "]";
    return party.id() + "  " + party.type().id() + "  " + cut(party.primaryName()) + programs;
  }

  static String describe(FieldChange field) {
    if (SINGLE.contains(field.field())) {
      return cut(String.join("", field.before())) + " -> " + cut(String.join("", field.after()));
    }
    List<String> parts = new ArrayList<>();
    field.removed().forEach(value -> parts.add("- " + cut(value)));
    field.added().forEach(value -> parts.add("+ " + cut(value)));
    return parts.isEmpty() ? "order changed" : String.join("; ", parts);
  }

  private static String cut(String text) {
    String oneLine = text.replaceAll("\\p{Cntrl}", " ");
    return oneLine.length() <= WIDTH ? oneLine : oneLine.substring(0, WIDTH) + "...";
  }
}
