package org.interdict.lists.un;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.interdict.lists.ListErrors;
import org.interdict.model.InputError;

/**
 * Streams the UN consolidated XML with StAX. DTDs are refused outright and external entities are never
 * resolved (XXE), because list files come from outside. Entries read before a syntax error are kept and the
 * error is reported. Stateless and thread-safe.
 */
public final class Reader {
  /** Entries, errors and the list's own {@code dateGenerated}. */
  public record Result(List<UnEntry> entries, List<InputError> errors, Optional<LocalDate> generated) {
    public Result {
      entries = List.copyOf(entries);
      errors = List.copyOf(errors);
    }
  }

  private Reader() {}

  static XMLInputFactory secureFactory() {
    return org.interdict.lists.XmlLists.secureFactory();
  }

  public static Result read(Path file) {
    List<UnEntry> entries = new ArrayList<>();
    List<InputError> errors = new ArrayList<>();
    Optional<LocalDate> generated = Optional.empty();
    String name = file.toString();
    XMLStreamReader xml = null;
    try (InputStream in = Files.newInputStream(file)) {
      xml = secureFactory().createXMLStreamReader(in, "UTF-8");
      Deque<String> path = new ArrayDeque<>();
      StringBuilder text = new StringBuilder();
      EntryBuilder entry = null;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
          errors.add(InputError.of(name, xml.getLocation().getLineNumber(), ListErrors.FORBIDDEN_DTD,
              "the file declares a DTD, which list files never need; refusing to read it"));
          return new Result(List.of(), errors, Optional.empty());
        } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
          throw new XMLStreamException("entity reference &" + xml.getLocalName() + "; is not allowed",
              xml.getLocation());
        } else if (event == XMLStreamConstants.START_ELEMENT) {
          String element = xml.getLocalName();
          if (element.equals("CONSOLIDATED_LIST")) {
            generated = date(xml.getAttributeValue(null, "dateGenerated"));
          } else if (element.equals("INDIVIDUAL") || element.equals("ENTITY")) {
            entry = new EntryBuilder(element.equals("INDIVIDUAL"), xml.getLocation().getLineNumber());
          } else if (entry != null) {
            entry.start(element);
          }
          path.push(element);
          text.setLength(0);
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
          text.append(xml.getText());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String element = path.pop();
          if (entry != null && (element.equals("INDIVIDUAL") || element.equals("ENTITY"))) {
            entries.add(entry.build());
            entry = null;
          } else if (entry != null) {
            entry.value(path.isEmpty() ? "" : path.peek(), element, text.toString().strip());
          }
          text.setLength(0);
        }
      }
    } catch (XMLStreamException e) {
      long line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
      errors.add(InputError.of(name, line, ListErrors.MALFORMED_XML,
          "XML is not well-formed (" + e.getMessage().lines().reduce((a, b) -> b).orElse("") + ")"
              + "; keeping the " + entries.size() + " entries read before this point"));
    } catch (IOException e) {
      errors.add(InputError.of(name, 0, ListErrors.UNREADABLE_FILE, "cannot read file: " + e.getMessage()));
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException ignored) {
          // Closing a failed parser can fail again; the error is already reported.
        }
      }
    }
    return new Result(entries, errors, generated);
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
