package org.interdict.lists.diff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interdict.model.Party;

/**
 * Compares two loads of lists by party id ({@code listId:entryId}) and field by field ({@link
 * PartyFields}). Linear in the number of parties; stateless and thread-safe. A party id seen twice
 * on one side keeps its first occurrence (the loaders never produce duplicates).
 */
public final class ListDiffer {
  private ListDiffer() {}

  public static ListDiff diff(Collection<Party> from, Collection<Party> to) {
    Map<String, Party> before = byId(from);
    Map<String, Party> after = byId(to);
    List<Party> added = new ArrayList<>();
    List<Party> removed = new ArrayList<>();
    List<PartyChange> changed = new ArrayList<>();
    int unchanged = 0;
    for (Party old : before.values()) {
      Party now = after.get(old.id());
      if (now == null) {
        removed.add(old);
        continue;
      }
      List<FieldChange> fields = compare(old, now);
      if (fields.isEmpty()) {
        unchanged++;
      } else {
        changed.add(new PartyChange(old, now, fields));
      }
    }
    for (Party now : after.values()) {
      if (!before.containsKey(now.id())) {
        added.add(now);
      }
    }
    added.sort(Comparator.comparing(Party::id));
    removed.sort(Comparator.comparing(Party::id));
    changed.sort(Comparator.comparing(PartyChange::id));
    return new ListDiff(added, removed, changed, unchanged);
  }

  /** The fields that differ between two versions of one party, in {@link PartyFields#IDS} order. */
  public static List<FieldChange> compare(Party before, Party after) {
    if (sameFields(before, after)) {
      return List.of();
    }
    Map<String, List<String>> old = PartyFields.of(before);
    Map<String, List<String>> now = PartyFields.of(after);
    List<FieldChange> changes = new ArrayList<>();
    for (String field : PartyFields.IDS) {
      if (!old.get(field).equals(now.get(field))) {
        changes.add(new FieldChange(field, old.get(field), now.get(field)));
      }
    }
    return changes;
  }

  /**
   * The fast path for the common case, an unchanged entry: compares the values without rendering
   * them.
   */
  private static boolean sameFields(Party before, Party after) {
    return before.primaryName().equals(after.primaryName())
        && before.type() == after.type()
        && before.aliases().equals(after.aliases())
        && before.addresses().equals(after.addresses())
        && before.countries().equals(after.countries())
        && before.programs().equals(after.programs())
        && before.dates().equals(after.dates())
        && before.identifiers().equals(after.identifiers())
        && before.remarks().equals(after.remarks());
  }

  private static Map<String, Party> byId(Collection<Party> parties) {
    Map<String, Party> map = new LinkedHashMap<>();
    for (Party party : parties) {
      map.putIfAbsent(party.id(), party);
    }
    return map;
  }
}
