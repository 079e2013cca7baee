package org.interdict.lists;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.interdict.model.InputError;
import org.interdict.text.ReplacingUtf8Reader;

/**
 * Streams list XML files with StAX, safely: a DTD is refused outright, external entities are never
 * resolved (XXE) and an entity reference is an error, because list files come from outside. The
 * text is always decoded as UTF-8 (every official list XML is), bad bytes replaced and reported by
 * line ({@link ReplacingUtf8Reader}). A syntax error, a parser limit or a truncated file ends the
 * stream with one error; what the handler collected before it is kept. Stateless and thread-safe.
 */
public final class XmlLists {
  /** Receives one document's elements; confined to one {@link #stream} call. */
  public interface Handler {
    /** An element opens; {@code parent} is the enclosing element's local name ("" for the root). */
    void start(String element, String parent, XMLStreamReader xml);

    /** An element closes with its own stripped text (text of child elements excluded). */
    void end(String element, String parent, String text);

    /** How many entries the handler has completed, for the error message after a failure. */
    int entriesRead();
  }

  private XmlLists() {}

  /** A StAX factory with DTDs, external entities and entity replacement switched off. */
  public static XMLInputFactory secureFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    try {
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    } catch (IllegalArgumentException notSupported) {
      // Not every StAX implementation knows this property; SUPPORT_DTD=false already blocks DTD
      // loading.
    }
    return factory;
  }

  /**
   * Streams {@code file} to {@code handler} and returns the problems met. A root element other than
   * {@code expectedRoot} is an {@link ListErrors#UNEXPECTED_HEADER} and nothing is read.
   */
  public static List<InputError> stream(Path file, String expectedRoot, Handler handler) {
    List<InputError> errors = new ArrayList<>();
    String name = file.toString();
    XMLStreamReader xml = null;
    long lastLine = 0;
    ReplacingUtf8Reader decoded = null;
    try (ReplacingUtf8Reader in = TextFiles.openUtf8(file)) {
      decoded = in;
      xml = secureFactory().createXMLStreamReader(in);
      Deque<String> path = new ArrayDeque<>();
      StringBuilder text = new StringBuilder();
      while (xml.hasNext()) {
        int event = xml.next();
        lastLine = line(xml);
        if (event == XMLStreamConstants.DTD) {
          errors.add(
              InputError.of(
                  name,
                  line(xml),
                  ListErrors.FORBIDDEN_DTD,
                  "the file declares a DTD, which list files never need; refusing to read it"));
          return errors;
        } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
          throw new XMLStreamException(
              "entity reference &" + xml.getLocalName() + "; is not allowed", xml.getLocation());
        } else if (event == XMLStreamConstants.START_ELEMENT) {
          String element = xml.getLocalName();
          if (path.isEmpty() && !element.equals(expectedRoot)) {
            errors.add(
                InputError.of(
                    name,
                    line(xml),
                    ListErrors.UNEXPECTED_HEADER,
                    "expected root element <"
                        + expectedRoot
                        + ">, found <"
                        + element
                        + ">; skipping file"));
            return errors;
          }
          handler.start(element, path.isEmpty() ? "" : path.peek(), xml);
          path.push(element);
          text.setLength(0);
        } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
          text.append(xml.getText());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String element = path.pop();
          handler.end(element, path.isEmpty() ? "" : path.peek(), text.toString().strip());
          text.setLength(0);
        }
      }
    } catch (XMLStreamException e) {
      long line =
          e.getLocation() == null || e.getLocation().getLineNumber() <= 0
              ? lastLine
              : e.getLocation().getLineNumber();
      boolean limit = String.valueOf(e.getMessage()).contains("limit");
      errors.add(
          InputError.of(
              name,
              line,
              limit ? ListErrors.PARSER_LIMIT : ListErrors.MALFORMED_XML,
              (limit ? "a parser limit was reached" : "XML is not well-formed")
                  + " ("
                  + String.valueOf(e.getMessage()).lines().reduce((a, b) -> b).orElse("").strip()
                  + ")"
                  + "; keeping the "
                  + handler.entriesRead()
                  + " entries read before this point"));
    } catch (IOException e) {
      errors.add(
          InputError.of(
              name,
              lastLine,
              ListErrors.UNREADABLE_FILE,
              "cannot read file: "
                  + e.getMessage()
                  + "; keeping the "
                  + handler.entriesRead()
                  + " entries read before this point"));
    } finally {
      if (decoded != null) {
        errors.addAll(0, decoded.errors(name, ListErrors.BAD_ENCODING));
      }
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException ignored) {
          // Closing a failed parser can fail again; the error is already reported.
        }
      }
    }
    return errors;
  }

  private static long line(XMLStreamReader xml) {
    return Math.max(0, xml.getLocation().getLineNumber());
  }
}
