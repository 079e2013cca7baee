package org.interdict.lists.update;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Validates an XML list file for which this build has no reader: well-formed to the end, no DTD, and how many
 * entry elements it holds. External entities are never resolved.
 */
final class GenericXmlCount {
  private GenericXmlCount() {}

  /** The number of {@code element} elements; throws with the line when the XML is unusable. */
  static int count(Path file, String element) throws IOException, XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    int count = 0;
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader reader = factory.createXMLStreamReader(in);
      try {
        while (reader.hasNext()) {
          int event = reader.next();
          if (event == XMLStreamConstants.DTD) {
            throw new XMLStreamException("the document declares a DTD (refused)", reader.getLocation());
          }
          if (event == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals(element)) {
            count++;
          }
        }
      } finally {
        reader.close();
      }
    }
    return count;
  }
}
