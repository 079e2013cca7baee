package org.interdict.lists;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.interdict.model.InputError;

/**
 * The one duplicate-entry rule of every list mapper. The first entry under a key is mapped. A later
 * entry under the same key that repeats it verbatim (every field equal, only its line differs; the
 * real DPL of 2023-11-30 has two) is folded without a problem: nothing is lost, so the list stays
 * complete. A later entry with other details is skipped and reported as {@link
 * ListErrors#DUPLICATE_ENTRY}, because one of two different entries is lost. Confined to one
 * mapping call.
 */
public final class DuplicateEntries {
  /**
   * The record component that says where an entry was read, left out when comparing two entries.
   */
  private static final String LOCATION = "line";

  private final List<InputError> errors;
  private final Map<String, Record> seen = new HashMap<>();

  /**
   * @param errors the mapper's problems, to which a conflicting repeat is added
   */
  public DuplicateEntries(List<InputError> errors) {
    this.errors = Objects.requireNonNull(errors, "errors");
  }

  /**
   * Whether {@code entry} is to be mapped: true the first time {@code key} is seen; false for a
   * verbatim repeat (silently) and for another entry under the same key (with {@code problem} added
   * to the errors).
   *
   * @param entry the entry as read (a record; a {@code line} component is not compared)
   */
  public boolean admit(String key, Record entry, Supplier<InputError> problem) {
    Record earlier = seen.putIfAbsent(key, entry);
    if (earlier == null) {
      return true;
    }
    if (!contentOf(earlier).equals(contentOf(entry))) {
      errors.add(problem.get());
    }
    return false;
  }

  /** Every component of {@code entry} except its line, in declaration order. */
  static List<Object> contentOf(Record entry) {
    List<Object> content = new ArrayList<>();
    for (RecordComponent component : entry.getClass().getRecordComponents()) {
      if (component.getName().equals(LOCATION)) {
        continue;
      }
      try {
        // Entry records may be package-private to their source; reading them here is this helper's
        // whole job.
        component.getAccessor().setAccessible(true);
        content.add(component.getAccessor().invoke(entry));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException(
            "cannot read " + component.getName() + " of " + entry.getClass(), e);
      }
    }
    return content;
  }
}
