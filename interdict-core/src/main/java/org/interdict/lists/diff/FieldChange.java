package org.interdict.lists.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One field of a party that differs between two snapshots: the field id ({@link PartyFields}) and
 * its values before and after, in list order. Single-valued fields (name, type, remarks) hold one
 * value.
 */
public record FieldChange(String field, List<String> before, List<String> after) {
  public FieldChange {
    Objects.requireNonNull(field, "field");
    before = List.copyOf(before);
    after = List.copyOf(after);
  }

  /** Values present before and gone after (multiset difference, in the order they were). */
  public List<String> removed() {
    return minus(before, after);
  }

  /** Values present after and new since before. */
  public List<String> added() {
    return minus(after, before);
  }

  private static List<String> minus(List<String> left, List<String> right) {
    List<String> rest = new ArrayList<>(right);
    List<String> result = new ArrayList<>();
    for (String value : left) {
      if (!rest.remove(value)) {
        result.add(value);
      }
    }
    return result;
  }
}
