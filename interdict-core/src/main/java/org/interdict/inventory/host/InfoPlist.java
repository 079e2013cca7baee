package org.interdict.inventory.host;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the top-level string values of an XML property list (an app's {@code Info.plist}). Binary
 * plists are not decoded. The plist DOCTYPE is read but never resolved: external entities are off.
 * Stateless.
 */
final class InfoPlist {
  private InfoPlist() {}

  /** True when the bytes start with the binary plist magic {@code bplist}. */
  static boolean isBinary(byte[] head) {
    return head.length >= 6
        && new String(head, 0, 6, java.nio.charset.StandardCharsets.US_ASCII).equals("bplist");
  }

  /** Key to string value for the keys of the top-level dict whose values are strings. */
  static Map<String, String> strings(InputStream input) throws IOException, XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    // Apple's plists carry a DOCTYPE, so DTDs are allowed but nothing external is ever loaded.
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> new java.io.ByteArrayInputStream(new byte[0]));
    Map<String, String> values = new HashMap<>();
    XMLStreamReader xml = factory.createXMLStreamReader(input);
    try {
      int depth = 0;
      String key = null;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
          String element = xml.getLocalName();
          // depth 1 is <plist>, 2 the top-level <dict>, 3 its keys and values.
          if (depth == 3 && element.equals("key")) {
            key = xml.getElementText();
            depth--;
          } else if (depth == 3 && element.equals("string")) {
            String value = xml.getElementText();
            depth--;
            if (key != null) {
              values.put(key, value);
            }
            key = null;
          } else if (depth == 3) {
            key = null;
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
    } finally {
      xml.close();
    }
    return values;
  }
}
