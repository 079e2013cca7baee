package org.interdict.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Byte helpers for fuzz targets: building a document around the fuzzed bytes, and independent
 * judges of whether the result is well-formed (JSON by Jackson's tree parser, XML by the JDK's StAX
 * parser with DTDs off), which decides whether a reader must read everything around the fuzzed part
 * or may stop at it with an error.
 */
final class FuzzBytes {
  private static final ObjectMapper JSON = new ObjectMapper();

  private FuzzBytes() {}

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /**
   * The bytes with each sequence that is not UTF-8 replaced by U+FFFD, as the inventory readers
   * decode them: the judges rule on what the reader reads, so a bad byte does not excuse losing a
   * record around it.
   */
  static byte[] replacingInvalidUtf8(byte[] bytes) {
    if (isUtf8(bytes)) {
      return bytes;
    }
    try {
      ByteBuffer replaced =
          StandardCharsets.UTF_8.encode(
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPLACE)
                  .onUnmappableCharacter(CodingErrorAction.REPLACE)
                  .decode(ByteBuffer.wrap(bytes)));
      byte[] result = new byte[replaced.remaining()];
      replaced.get(result);
      return result;
    } catch (CharacterCodingException e) {
      throw new AssertionError("a replacing decoder does not fail", e);
    }
  }

  static boolean contains(byte[] bytes, char wanted) {
    for (byte b : bytes) {
      if (b == wanted) {
        return true;
      }
    }
    return false;
  }

  /** Whether the bytes are one well-formed JSON document (UTF-8, nothing after it). */
  static boolean isJson(byte[] bytes) {
    return jsonHolds(bytes, tree -> true);
  }

  /**
   * Whether the bytes are one well-formed JSON document whose tree satisfies {@code test}: a
   * well-formed fuzzed part can still move the record after it elsewhere (close {@code packages}
   * and open {@code files}), so the targets ask the tree whether that record is still where the
   * reader reads records.
   */
  static boolean jsonHolds(byte[] bytes, Predicate<JsonNode> test) {
    if (!isUtf8(bytes)) {
      return false;
    }
    try (var parser = JSON.createParser(bytes)) {
      JsonNode tree = parser.readValueAsTree();
      return tree != null && parser.nextToken() == null && test.test(tree);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Whether {@code array} is an array with an object whose {@code name} is {@code name}. */
  static boolean hasNamed(JsonNode array, String name) {
    for (JsonNode item : array.isArray() ? array : JSON.createArrayNode()) {
      if (item.isObject() && name.equals(item.path("name").asText(null))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the bytes are a well-formed UTF-8 XML document without a DTD or entity references. */
  static boolean isXml(byte[] bytes) {
    if (!isUtf8(bytes)) {
      return false;
    }
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    XMLStreamReader xml = null;
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      xml = factory.createXMLStreamReader(in, "UTF-8");
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamReader.DTD || event == XMLStreamReader.ENTITY_REFERENCE) {
          return false;
        }
      }
      return true;
    } catch (XMLStreamException | IOException | RuntimeException e) {
      return false;
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException ignored) {
          // a parser that failed may fail again on close; the answer is already known
        }
      }
    }
  }
}
