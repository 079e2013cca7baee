package org.interdict.lists;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One list as it was loaded, so outputs can say which lists and which dates were used, and whether
 * the list was read completely. {@code listDate} is the date the list itself states (UN {@code
 * dateGenerated}, curated snapshot date) or else the date of the dated snapshot folder it was read
 * from; empty when neither is known. {@code files} are the files read, as paths the user can
 * recognise ("" entries never appear; bundled data names its resource).
 *
 * <p>{@code problemCount} is how many problems reading met (rows skipped, bytes replaced, a parser
 * limit, a read error); a list with any is <em>incomplete</em>: it may lack entries or hold damaged
 * names, so "no match" against it proves nothing. {@code problems} describes the first {@link
 * #PROBLEMS_KEPT} as {@code file:line: error-id: message}. All plain fields, so the record
 * serializes as it is.
 */
public record ListInfo(
    String listId,
    String title,
    Optional<LocalDate> listDate,
    List<String> files,
    int entryCount,
    int problemCount,
    List<String> problems) {
  /** How many problem descriptions a ListInfo keeps; {@code problemCount} counts them all. */
  public static final int PROBLEMS_KEPT = 10;

  public ListInfo {
    Objects.requireNonNull(listId, "listId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(listDate, "listDate");
    files = List.copyOf(files);
    problems = List.copyOf(problems);
    if (entryCount < 0) {
      throw new IllegalArgumentException("entryCount must be >= 0, was " + entryCount);
    }
    if (problemCount < problems.size()) {
      throw new IllegalArgumentException(
          "problemCount "
              + problemCount
              + " is below the "
              + problems.size()
              + " problems described");
    }
  }

  /** A list read without any problem. */
  public ListInfo(
      String listId,
      String title,
      Optional<LocalDate> listDate,
      List<String> files,
      int entryCount) {
    this(listId, title, listDate, files, entryCount, 0, List.of());
  }

  /**
   * A list whose reading met {@code errors}, every one counted and the first {@link #PROBLEMS_KEPT}
   * described.
   */
  public static ListInfo of(
      String listId,
      String title,
      Optional<LocalDate> listDate,
      List<String> files,
      int entryCount,
      List<org.interdict.model.InputError> errors) {
    return new ListInfo(
        listId,
        title,
        listDate,
        files,
        entryCount,
        errors.size(),
        errors.stream().limit(PROBLEMS_KEPT).map(Object::toString).toList());
  }

  /**
   * Whether the list was read without any problem: only then is "no match" against it meaningful.
   */
  public boolean complete() {
    return problemCount == 0;
  }

  /**
   * "us-ofac-sdn (2024-05-03, 14965 entries)" for humans, with ", INCOMPLETE: 2 problems" when
   * incomplete.
   */
  public String describe() {
    return listId
        + " ("
        + listDate.map(LocalDate::toString).orElse("date unknown")
        + ", "
        + entryCount
        + " entries"
        + (complete()
            ? ""
            : String.format(
                Locale.ROOT,
                ", INCOMPLETE: %d problem%s",
                problemCount,
                problemCount == 1 ? "" : "s"))
        + ")";
  }
}
