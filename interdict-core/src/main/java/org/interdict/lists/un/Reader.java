package org.interdict.lists.un;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamReader;
import org.interdict.lists.XmlLists;
import org.interdict.model.InputError;

/**
 * Streams the UN consolidated XML through {@link XmlLists} (DTDs refused, external entities never
 * resolved, entries read before a syntax or encoding error kept and the error reported). Stateless
 * and thread-safe.
 */
public final class Reader {
  /** Entries, errors and the list's own {@code dateGenerated}. */
  public record Result(
      List<UnEntry> entries, List<InputError> errors, Optional<LocalDate> generated) {
    public Result {
      entries = List.copyOf(entries);
      errors = List.copyOf(errors);
    }
  }

  private Reader() {}

  public static Result read(Path file) {
    Collector collector = new Collector();
    List<InputError> errors = XmlLists.stream(file, "CONSOLIDATED_LIST", collector);
    return new Result(collector.entries, errors, collector.generated);
  }

  /** Builds one entry per INDIVIDUAL or ENTITY element; confined to one read. */
  private static final class Collector implements XmlLists.Handler {
    final List<UnEntry> entries = new ArrayList<>();
    Optional<LocalDate> generated = Optional.empty();
    private EntryBuilder entry;

    @Override
    public void start(String element, String parent, XMLStreamReader xml) {
      if (element.equals("CONSOLIDATED_LIST")) {
        generated = date(xml.getAttributeValue(null, "dateGenerated"));
      } else if (element.equals("INDIVIDUAL") || element.equals("ENTITY")) {
        entry = new EntryBuilder(element.equals("INDIVIDUAL"), xml.getLocation().getLineNumber());
      } else if (entry != null) {
        entry.start(element);
      }
    }

    @Override
    public void end(String element, String parent, String text) {
      if (entry != null && (element.equals("INDIVIDUAL") || element.equals("ENTITY"))) {
        entries.add(entry.build());
        entry = null;
      } else if (entry != null) {
        entry.value(parent, element, text);
      }
    }

    @Override
    public int entriesRead() {
      return entries.size();
    }
  }

  private static Optional<LocalDate> date(String value) {
    if (value == null || value.length() < 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
