package org.interdict.lists;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
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

/**
 * Streams list XML files with StAX, safely: a DTD is refused outright, external entities are never resolved
 * (XXE) and an entity reference is an error, because list files come from outside. A syntax error, invalid
 * UTF-8 or a truncated file ends the stream with one error; what the handler collected before it is kept.
 * Stateless and thread-safe.
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
      // Not every StAX implementation knows this property; SUPPORT_DTD=false already blocks DTD loading.
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
    try (InputStream in = Files.newInputStream(file)) {
      xml = secureFactory().createXMLStreamReader(in, "UTF-8");
      Deque<String> path = new ArrayDeque<>();
      StringBuilder text = new StringBuilder();
      while (xml.hasNext()) {
        int event = xml.next();
        lastLine = line(xml);
        if (event == XMLStreamConstants.DTD) {
          errors.add(InputError.of(name, line(xml), ListErrors.FORBIDDEN_DTD,
              "the file declares a DTD, which list files never need; refusing to read it"));
          return errors;
        } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
          throw new XMLStreamException("entity reference &" + xml.getLocalName() + "; is not allowed",
              xml.getLocation());
        } else if (event == XMLStreamConstants.START_ELEMENT) {
          String element = xml.getLocalName();
          if (path.isEmpty() && !element.equals(expectedRoot)) {
            errors.add(InputError.of(name, line(xml), ListErrors.UNEXPECTED_HEADER,
                "expected root element <" + expectedRoot + ">, found <" + element + ">; skipping file"));
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
      boolean encoding = isEncodingProblem(e);
      long line = e.getLocation() == null || e.getLocation().getLineNumber() <= 0
          ? lastLine : e.getLocation().getLineNumber();
      if (encoding) {
        line = TextFiles.firstInvalidUtf8Line(file).orElse(line);
      }
      errors.add(InputError.of(name, line, encoding ? ListErrors.BAD_ENCODING : ListErrors.MALFORMED_XML,
          (encoding ? "invalid UTF-8" : "XML is not well-formed")
              + " (" + e.getMessage().lines().reduce((a, b) -> b).orElse("").strip() + ")"
              + "; keeping the " + handler.entriesRead() + " entries read before this point"));
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
    return errors;
  }

  private static long line(XMLStreamReader xml) {
    return Math.max(0, xml.getLocation().getLineNumber());
  }

  /** Whether the parser failed on bytes that are not UTF-8 (its cause, or nested exception, says so). */
  private static boolean isEncodingProblem(XMLStreamException e) {
    Throwable cause = e;
    for (int depth = 0; cause != null && depth < 10; depth++) {
      if (cause instanceof CharConversionException) {
        return true;
      }
      cause = cause instanceof XMLStreamException stream && stream.getNestedException() != null
          ? stream.getNestedException() : cause.getCause();
    }
    String message = String.valueOf(e.getMessage());
    return message.contains("UTF-8") && message.contains("byte");
  }
}
