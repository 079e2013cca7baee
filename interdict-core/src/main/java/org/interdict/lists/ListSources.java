package org.interdict.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The one registry of list sources: every {@link ListSource} named in {@code
 * META-INF/services/org.interdict.lists.ListSource}, in the order of that file. That order is the
 * order in which a lists directory is read (and so the order of parties and lists in every output);
 * {@link #inUpdateOrder} gives the order of {@code lists update}. ServiceLoader keeps this package
 * from naming any source, which is what breaks the cycle between the base package and the sources
 * (ADR 004). Immutable and thread-safe.
 */
public final class ListSources {
  private static final List<ListSource> ALL = load();

  private ListSources() {}

  /** Every source, in registration order. */
  public static List<ListSource> all() {
    return ALL;
  }

  /** Every source, in {@link ListSource#updateOrder} (ties in registration order). */
  public static List<ListSource> inUpdateOrder() {
    return ALL.stream().sorted(Comparator.comparingInt(ListSource::updateOrder)).toList();
  }

  /** The source with this id (case-insensitive, surrounding blanks ignored), if registered. */
  public static Optional<ListSource> find(String id) {
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    return ALL.stream().filter(source -> source.id().equals(wanted)).findFirst();
  }

  /**
   * The source with this id.
   *
   * @throws org.interdict.InvalidValueException naming the known ids when there is none
   */
  public static ListSource byId(String id) {
    return find(id)
        .orElseThrow(
            () ->
                new org.interdict.InvalidValueException(
                    "unknown list id '"
                        + id
                        + "'; expected one of "
                        + String.join(", ", ALL.stream().map(ListSource::id).toList())));
  }

  private static List<ListSource> load() {
    Map<String, ListSource> byId = new LinkedHashMap<>();
    for (ListSource source :
        ServiceLoader.load(ListSource.class, ListSource.class.getClassLoader())) {
      ListSource earlier = byId.putIfAbsent(source.id(), source);
      if (earlier != null) {
        throw new IllegalStateException(
            "list id "
                + source.id()
                + " is registered twice: by "
                + earlier.getClass().getName()
                + " and "
                + source.getClass().getName());
      }
    }
    if (byId.isEmpty()) {
      throw new IllegalStateException(
          "no list source is registered; META-INF/services/"
              + ListSource.class.getName()
              + " is missing from the class path (a broken build)");
    }
    return List.copyOf(new ArrayList<>(byId.values()));
  }
}
