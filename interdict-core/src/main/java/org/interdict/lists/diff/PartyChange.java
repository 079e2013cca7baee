package org.interdict.lists.diff;

import java.util.List;
import java.util.Objects;
import org.interdict.model.Party;

/**
 * A party present in both snapshots whose fields differ: the entry before, the entry after, and
 * what changed.
 */
public record PartyChange(Party before, Party after, List<FieldChange> fields) {
  public PartyChange {
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    fields = List.copyOf(fields);
    if (!before.id().equals(after.id())) {
      throw new IllegalArgumentException(
          "a change pairs one party id, got " + before.id() + " and " + after.id());
    }
    if (fields.isEmpty()) {
      throw new IllegalArgumentException(
          "a change of " + before.id() + " needs at least one changed field");
    }
  }

  public String id() {
    return after.id();
  }

  /** The ids of the changed fields, in {@link PartyFields#IDS} order. */
  public List<String> fieldIds() {
    return fields.stream().map(FieldChange::field).toList();
  }
}
