package org.interdict.inventory.cyclonedx;

import java.io.BufferedInputStream;
import java.io.IOException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.interdict.inventory.InventorySink;
import org.interdict.inventory.UnreadableInventoryException;
import org.interdict.inventory.encoding.Encodings;
import org.interdict.model.InputError;
import org.interdict.model.SourceLocation;
import org.interdict.text.ReplacingUtf8Reader;

/**
 * Streams a CycloneDX XML BOM with StAX, matching elements by local name so that every schema
 * version (namespace {@code http://cyclonedx.org/schema/bom/1.x}) reads alike. DTDs are refused
 * before anything in them is resolved: a BOM has no use for one, and external entities would let a
 * file read the scanner's disk. Pointers are XPath-like, {@code /bom/components/component[4]},
 * 1-based. Not thread-safe; one per read.
 */
final class CycloneDxXmlReader {
  private final String fileName;
  private final InventorySink sink;
  private String rootName = "";

  CycloneDxXmlReader(String fileName, InventorySink sink) {
    this.fileName = fileName;
    this.sink = sink;
  }

  static XMLInputFactory secureFactory() {
    // The JDK's own implementation, whatever else is on the class path, so these settings mean what
    // they say.
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("external resources are not read: " + systemId);
        });
    return factory;
  }

  /**
   * Reads the document. UTF-8 text (by its declaration, or transcoded to it) is decoded by a {@link
   * ReplacingUtf8Reader}: a byte that is not UTF-8 becomes U+FFFD and an {@code invalid-encoding}
   * error on its own line, and every component around it is read. Found by fuzzing: the parser
   * stopped at the bad byte with {@code malformed-xml}, and lost the component before it too, which
   * it had buffered but not yet parsed. A document declaring another encoding (ISO-8859-1, say) is
   * decoded by the parser as it declares.
   *
   * @param utf8 the document as UTF-8 bytes
   * @param transcoded true when they were re-encoded from UTF-16 or UTF-32, so that the encoding
   *     named in the XML declaration no longer describes them and must be ignored
   */
  void read(BufferedInputStream utf8, boolean transcoded) throws IOException {
    ReplacingUtf8Reader text =
        transcoded || Encodings.xmlDeclaresUtf8(utf8) ? Encodings.replacingReader(utf8) : null;
    XMLStreamReader xml = null;
    try {
      xml =
          text != null
              ? secureFactory().createXMLStreamReader(text)
              : secureFactory().createXMLStreamReader(utf8);
      readDocument(xml);
    } catch (XMLStreamException e) {
      reportFailure(e, xml);
    } finally {
      closeQuietly(xml);
    }
    if (text != null) {
      Encodings.reportReplaced(text, fileName, sink);
    }
  }

  private void readDocument(XMLStreamReader xml) throws XMLStreamException {
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.DTD) {
        sink.error(
            InputError.of(
                fileName,
                xml.getLocation().getLineNumber(),
                "forbidden-dtd",
                "the document declares a DTD, which CycloneDX never needs and which could make the reader fetch"
                    + " external entities; refused to read this file"));
        return;
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (!"bom".equals(xml.getLocalName())) {
          throw new UnreadableInventoryException(
              fileName
                  + ": not a CycloneDX BOM: the root element is <"
                  + xml.getLocalName()
                  + ">, expected <bom>");
        }
        readBom(xml);
        return;
      }
    }
  }

  private void reportFailure(XMLStreamException e, XMLStreamReader xml) {
    // No location when the parser fails on the document's first bytes (an encoding it does not
    // support, found
    // by fuzzing): that is line 1; otherwise where the parser stood.
    long line =
        e.getLocation() != null && e.getLocation().getLineNumber() > 0
            ? e.getLocation().getLineNumber()
            : xml == null ? 1 : Math.max(1, xml.getLocation().getLineNumber());
    String message =
        e.getMessage() == null ? "unreadable XML" : e.getMessage().replaceAll("\\s+", " ");
    String id =
        message.contains("DOCTYPE") || message.contains("DTD") || message.contains("entity")
            ? "forbidden-dtd"
            : "malformed-xml";
    sink.error(
        InputError.of(
            fileName,
            line,
            id,
            message.replaceFirst(
                    "^ParseError at \\[row,col]:\\[(\\d+),(\\d+)] Message: ", "column $2: ")
                + "; stopped reading this file"));
  }

  private void readBom(XMLStreamReader xml) throws XMLStreamException {
    while (nextChild(xml)) {
      switch (xml.getLocalName()) {
        case "metadata" -> readMetadata(xml);
        case "components" -> readComponents(xml, "/bom/components", rootName, 1);
        default -> skipElement(xml);
      }
    }
  }

  private void readMetadata(XMLStreamReader xml) throws XMLStreamException {
    while (nextChild(xml)) {
      if ("component".equals(xml.getLocalName())) {
        rootName = readComponent(xml, "/bom/metadata/component", "", 1);
      } else {
        skipElement(xml);
      }
    }
  }

  private void readComponents(XMLStreamReader xml, String pointerBase, String parentName, int depth)
      throws XMLStreamException {
    int index = 0;
    while (nextChild(xml)) {
      if (!"component".equals(xml.getLocalName())) {
        skipElement(xml);
        continue;
      }
      String pointer = pointerBase + "/component[" + ++index + "]";
      if (depth > CycloneDxReader.MAX_DEPTH) {
        sink.error(
            InputError.of(
                fileName,
                xml.getLocation().getLineNumber(),
                "nesting-too-deep",
                "components nested deeper than "
                    + CycloneDxReader.MAX_DEPTH
                    + " levels; skipping "
                    + pointer));
        skipElement(xml);
      } else {
        readComponent(xml, pointer, parentName, depth);
      }
    }
  }

  /** Reads the component element the reader is at, sends it, and returns its name. */
  private String readComponent(XMLStreamReader xml, String pointer, String parentName, int depth)
      throws XMLStreamException {
    SourceLocation location =
        new SourceLocation(fileName, xml.getLocation().getLineNumber(), pointer);
    ComponentFields fields = new ComponentFields();
    while (nextChild(xml)) {
      switch (xml.getLocalName()) {
        case "name" -> fields.name = xml.getElementText();
        case "group" -> fields.group = xml.getElementText();
        case "version" -> fields.version = xml.getElementText();
        case "publisher" -> fields.publisher = xml.getElementText();
        case "author" -> fields.author = xml.getElementText();
        case "purl" -> fields.purl = xml.getElementText();
        case "cpe" -> fields.cpe = xml.getElementText();
        case "supplier" -> fields.supplier = childText(xml, "name");
        case "manufacturer" -> fields.manufacturer = childText(xml, "name");
        case "authors" -> {
          String first = firstAuthor(xml);
          if (fields.author.isBlank()) {
            fields.author = first;
          }
        }
        case "swid" -> {
          fields.swidTagId = nullToEmpty(xml.getAttributeValue(null, "tagId"));
          skipElement(xml);
        }
        case "components" -> readComponents(xml, pointer + "/components", fields.name, depth + 1);
        default -> skipElement(xml);
      }
    }
    if (fields.name.isBlank()) {
      sink.error(new InputError(location, "missing-name", "component has no name; skipping it"));
    } else {
      sink.record(fields.toRecord(parentName, location));
    }
    return fields.name;
  }

  private static String firstAuthor(XMLStreamReader xml) throws XMLStreamException {
    String first = "";
    while (nextChild(xml)) {
      String name = childText(xml, "name");
      if (first.isEmpty()) {
        first = name;
      }
    }
    return first;
  }

  /** The text of the first child element with this local name; consumes the current element. */
  private static String childText(XMLStreamReader xml, String wanted) throws XMLStreamException {
    String value = "";
    while (nextChild(xml)) {
      if (wanted.equals(xml.getLocalName()) && value.isEmpty()) {
        value = xml.getElementText();
      } else {
        skipElement(xml);
      }
    }
    return value;
  }

  /**
   * Moves to the next child element of the current element; false (at its end tag) when there is
   * none.
   */
  private static boolean nextChild(XMLStreamReader xml) throws XMLStreamException {
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
      if (event == XMLStreamConstants.END_ELEMENT) {
        return false;
      }
    }
    return false;
  }

  private static void skipElement(XMLStreamReader xml) throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }

  private static void closeQuietly(XMLStreamReader xml) {
    if (xml != null) {
      try {
        xml.close();
      } catch (XMLStreamException e) {
        // Closing a StAX reader does not close the caller's stream; nothing is lost by ignoring
        // this.
      }
    }
  }
}
