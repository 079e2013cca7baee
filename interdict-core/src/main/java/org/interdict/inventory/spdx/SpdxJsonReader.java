package org.interdict.inventory.spdx;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.interdict.inventory.InventoryReader;
import org.interdict.inventory.InventorySink;
import org.interdict.inventory.UnreadableInventoryException;
import org.interdict.inventory.encoding.Encodings;
import org.interdict.inventory.json.JsonInputs;
import org.interdict.model.InputError;
import org.interdict.model.SourceLocation;

/**
 * Reads an SPDX 2.2/2.3 JSON document, one package at a time. The package the document describes
 * (listed in {@code documentDescribes}, or in DESCRIBES relationships placed before {@code
 * packages}) is the parent of every other package, since they are what it is made of. That needs
 * the describing ids before the packages: when a document lists them after, packages get no parent
 * rather than the reader buffering the document. At most {@link #MAX_DESCRIBED_IDS} described ids
 * are kept. Stateless and thread-safe.
 */
public final class SpdxJsonReader implements InventoryReader {
  private static final Set<String> RELATIONSHIP_FIELDS =
      Set.of("spdxElementId", "relationshipType", "relatedSpdxElement");
  private static final Set<String> EXTERNAL_REF_FIELDS =
      Set.of("referenceType", "referenceLocator");

  static final int MAX_DESCRIBED_IDS = 10_000;

  @Override
  public String formatId() {
    return "spdx";
  }

  @Override
  public void read(InputStream input, String fileName, InventorySink sink) {
    Document document = new Document();
    try (JsonParser parser = JsonInputs.parser(Encodings.utf8(input), fileName, sink)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        sink.error(InputError.of(fileName, 0, "empty-input", "the file is empty; nothing to read"));
        return;
      }
      if (first != JsonToken.START_OBJECT) {
        throw new UnreadableInventoryException(
            fileName + ": not an SPDX JSON document: expected a JSON object");
      }
      long documentLine = JsonInputs.line(parser);
      boolean versionSeen = false;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        switch (field) {
          case "spdxVersion" -> {
            versionSeen = true;
            String version = JsonInputs.scalarText(parser);
            if (!document.lastPointer.isEmpty() && !version.startsWith("SPDX-2.")) {
              // packages were already sent: throwing now would break the reader contract (found by
              // fuzzing)
              sink.error(
                  new InputError(
                      new SourceLocation(fileName, JsonInputs.line(parser), "/spdxVersion"),
                      "unsupported-spdx-version",
                      "spdxVersion is '"
                          + version
                          + "' after packages were read;"
                          + " stopped reading this file"));
              return;
            }
            checkVersion(version, fileName);
          }
          case "documentDescribes" -> readDescribes(parser, fileName, sink, document);
          case "relationships" -> readRelationships(parser, fileName, sink, document);
          case "packages" -> readPackages(parser, fileName, sink, document);
          default -> parser.skipChildren();
        }
      }
      JsonInputs.reportLongNumbers(parser, 0, SourceLocation.ofLine(fileName, documentLine), sink);
      if (!versionSeen) {
        sink.error(
            InputError.of(
                fileName,
                documentLine,
                "unexpected-structure",
                "the document has no"
                    + " spdxVersion field, which every SPDX 2 JSON document has; read it as SPDX as asked, but check it is"
                    + " one"));
      }
      JsonInputs.expectEnd(parser, fileName, sink);
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
      sink.error(
          new InputError(
              new SourceLocation(fileName, line, document.lastPointer),
              "malformed-json",
              JsonInputs.describe(e) + "; stopped reading this file"));
    } catch (CharConversionException e) {
      JsonInputs.encodingFailure(e, fileName, document.lastPointer, sink);
    } catch (IOException e) {
      throw new UnreadableInventoryException(fileName + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static void checkVersion(String version, String fileName) {
    if (!version.startsWith("SPDX-2.")) {
      throw new UnreadableInventoryException(
          fileName
              + ": spdxVersion is '"
              + version
              + "', expected SPDX-2.2 or SPDX-2.3 (SPDX 3 JSON-LD is not read yet)");
    }
  }

  private static void readDescribes(
      JsonParser parser, String fileName, InventorySink sink, Document document)
      throws IOException {
    if (!JsonInputs.expect(
        parser,
        JsonToken.START_ARRAY,
        "an array of SPDX ids",
        at(parser, fileName, "/documentDescribes"),
        sink)) {
      return;
    }
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      document.describe(JsonInputs.scalarText(parser));
    }
  }

  private static void readRelationships(
      JsonParser parser, String fileName, InventorySink sink, Document document)
      throws IOException {
    if (document.packagesSeen
        || !JsonInputs.expect(
            parser,
            JsonToken.START_ARRAY,
            "an array of relationships",
            at(parser, fileName, "/relationships"),
            sink)) {
      parser.skipChildren();
      return;
    }
    JsonInputs.forEachObject(
        parser,
        RELATIONSHIP_FIELDS,
        fields -> {
          if ("SPDXRef-DOCUMENT".equals(fields.get("spdxElementId"))
              && "DESCRIBES".equals(fields.get("relationshipType"))) {
            document.describe(fields.get("relatedSpdxElement"));
          }
        });
  }

  private static void readPackages(
      JsonParser parser, String fileName, InventorySink sink, Document document)
      throws IOException {
    document.packagesSeen = true;
    if (!JsonInputs.expect(
        parser,
        JsonToken.START_ARRAY,
        "an array of packages",
        at(parser, fileName, "/packages"),
        sink)) {
      return;
    }
    int index = 0;
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      String pointer = "/packages/" + index++;
      document.lastPointer = pointer;
      SourceLocation location = new SourceLocation(fileName, JsonInputs.line(parser), pointer);
      if (token != JsonToken.START_OBJECT) {
        parser.skipChildren();
        sink.error(
            new InputError(location, "unexpected-value", "expected a package object; skipping it"));
        continue;
      }
      int longNumbers = JsonInputs.longNumbersMark(parser);
      SpdxPackage spdxPackage = readPackage(parser, location, sink);
      JsonInputs.reportLongNumbers(parser, longNumbers, location, sink);
      if (spdxPackage.name.isBlank()) {
        sink.error(new InputError(location, "missing-name", "package has no name; skipping it"));
        continue;
      }
      boolean described = document.describedIds.contains(spdxPackage.spdxId);
      if (described && document.describedName.isEmpty()) {
        document.describedName = spdxPackage.name;
      }
      sink.record(spdxPackage.toRecord(described ? "" : document.describedName, location));
    }
  }

  private static SpdxPackage readPackage(
      JsonParser parser, SourceLocation location, InventorySink sink) throws IOException {
    SpdxPackage spdxPackage = new SpdxPackage();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      switch (field) {
        case "SPDXID" -> spdxPackage.spdxId = JsonInputs.scalarText(parser);
        case "name" -> spdxPackage.name = JsonInputs.scalarText(parser);
        case "versionInfo" -> spdxPackage.version = JsonInputs.scalarText(parser);
        case "supplier" -> spdxPackage.supplier = JsonInputs.scalarText(parser);
        case "originator" -> spdxPackage.originator = JsonInputs.scalarText(parser);
        case "externalRefs" -> {
          SourceLocation refs =
              new SourceLocation(
                  location.file(), JsonInputs.line(parser), location.pointer() + "/externalRefs");
          if (JsonInputs.expect(
              parser, JsonToken.START_ARRAY, "an array of external references", refs, sink)) {
            readExternalRefs(parser, spdxPackage);
          }
        }
        default -> parser.skipChildren();
      }
    }
    return spdxPackage;
  }

  private static void readExternalRefs(JsonParser parser, SpdxPackage spdxPackage)
      throws IOException {
    JsonInputs.forEachObject(
        parser,
        EXTERNAL_REF_FIELDS,
        fields ->
            spdxPackage.externalRef(fields.get("referenceType"), fields.get("referenceLocator")));
  }

  private static SourceLocation at(JsonParser parser, String fileName, String pointer) {
    return new SourceLocation(fileName, JsonInputs.line(parser), pointer);
  }

  /** What the document has said so far about which package it describes; one per read. */
  private static final class Document {
    final Set<String> describedIds = new HashSet<>();
    String describedName = "";
    boolean packagesSeen;
    String lastPointer = "";

    void describe(String id) {
      if (describedIds.size() < MAX_DESCRIBED_IDS) {
        describedIds.add(id);
      }
    }
  }
}
