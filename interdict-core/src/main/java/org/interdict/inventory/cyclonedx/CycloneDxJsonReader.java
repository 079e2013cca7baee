package org.interdict.inventory.cyclonedx;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import org.interdict.inventory.InventorySink;
import org.interdict.inventory.UnreadableInventoryException;
import org.interdict.inventory.json.JsonInputs;
import org.interdict.model.InputError;
import org.interdict.model.SourceLocation;

/**
 * Streams a CycloneDX JSON BOM with Jackson's token parser: one component's scalar fields in memory
 * at a time, nesting bounded by {@link CycloneDxReader#MAX_DEPTH}. A component is sent when its
 * object closes, so nested components arrive before their parent. Not thread-safe; one per read.
 */
final class CycloneDxJsonReader {
  private final String fileName;
  private final InventorySink sink;
  private String rootName = "";
  private String lastPointer = "";

  CycloneDxJsonReader(String fileName, InventorySink sink) {
    this.fileName = fileName;
    this.sink = sink;
  }

  void read(InputStream input) throws IOException {
    try (JsonParser parser = JsonInputs.parser(input, fileName, sink)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new UnreadableInventoryException(
            fileName + ": not a CycloneDX BOM: expected a JSON object");
      }
      long documentLine = JsonInputs.line(parser);
      boolean formatSeen = false;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        switch (field) {
          case "bomFormat" -> {
            formatSeen = true;
            String format = JsonInputs.scalarText(parser);
            if (!"CycloneDX".equals(format)) {
              String why = "bomFormat is '" + format + "', expected 'CycloneDX'";
              if (lastPointer.isEmpty()) {
                throw new UnreadableInventoryException(fileName + ": " + why);
              }
              // components were already sent: throwing now would break the reader contract (found
              // by fuzzing)
              sink.error(
                  new InputError(
                      new SourceLocation(fileName, JsonInputs.line(parser), "/bomFormat"),
                      "not-cyclonedx",
                      why + " after components were read; stopped reading this file"));
              return;
            }
          }
          case "metadata" -> readMetadata(parser);
          case "components" -> readComponents(parser, "/components/", rootName, 1);
          default -> parser.skipChildren();
        }
      }
      JsonInputs.reportLongNumbers(parser, 0, SourceLocation.ofLine(fileName, documentLine), sink);
      if (!formatSeen) {
        sink.error(
            InputError.of(
                fileName,
                documentLine,
                "unexpected-structure",
                "the document has no"
                    + " bomFormat field, which every CycloneDX JSON BOM has; read it as CycloneDX as asked, but check it is"
                    + " one"));
      }
      JsonInputs.expectEnd(parser, fileName, sink);
    } catch (JsonProcessingException e) {
      // Jackson cannot resynchronise inside a broken document: keep what was read, say where it
      // broke.
      long line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
      sink.error(
          new InputError(
              new SourceLocation(fileName, line, lastPointer),
              "malformed-json",
              JsonInputs.describe(e) + "; stopped reading this file"));
    } catch (CharConversionException e) {
      JsonInputs.encodingFailure(e, fileName, lastPointer, sink);
    }
  }

  private void readMetadata(JsonParser parser) throws IOException {
    if (!JsonInputs.expect(
        parser, JsonToken.START_OBJECT, "a metadata object", here(parser, "/metadata"), sink)) {
      return;
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      if ("component".equals(field)) {
        if (JsonInputs.expect(
            parser,
            JsonToken.START_OBJECT,
            "a component object",
            here(parser, "/metadata/component"),
            sink)) {
          rootName = readComponent(parser, "/metadata/component", "", 1);
        }
      } else {
        parser.skipChildren();
      }
    }
  }

  private void readComponents(JsonParser parser, String pointerPrefix, String parentName, int depth)
      throws IOException {
    String arrayPointer = pointerPrefix.substring(0, pointerPrefix.length() - 1);
    if (!JsonInputs.expect(
        parser,
        JsonToken.START_ARRAY,
        "an array of components",
        here(parser, arrayPointer),
        sink)) {
      return;
    }
    int index = 0;
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      String pointer = pointerPrefix + index++;
      if (token != JsonToken.START_OBJECT) {
        sink.error(
            new InputError(
                new SourceLocation(fileName, JsonInputs.line(parser), pointer),
                "unexpected-value",
                "expected a component object, found " + token + "; skipping it"));
        parser.skipChildren();
      } else if (depth > CycloneDxReader.MAX_DEPTH) {
        sink.error(
            new InputError(
                new SourceLocation(fileName, JsonInputs.line(parser), pointer),
                "nesting-too-deep",
                "components nested deeper than "
                    + CycloneDxReader.MAX_DEPTH
                    + " levels; skipping this one and its children"));
        parser.skipChildren();
      } else {
        readComponent(parser, pointer, parentName, depth);
      }
    }
  }

  /** Reads the component object the parser is at, sends it, and returns its name. */
  private String readComponent(JsonParser parser, String pointer, String parentName, int depth)
      throws IOException {
    SourceLocation location = new SourceLocation(fileName, JsonInputs.line(parser), pointer);
    lastPointer = pointer;
    int longNumbers = JsonInputs.longNumbersMark(parser);
    ComponentFields fields = new ComponentFields();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      switch (field) {
        case "name" -> fields.name = JsonInputs.scalarText(parser);
        case "group" -> fields.group = JsonInputs.scalarText(parser);
        case "version" -> fields.version = JsonInputs.scalarText(parser);
        case "publisher" -> fields.publisher = JsonInputs.scalarText(parser);
        case "author" -> fields.author = JsonInputs.scalarText(parser);
        case "purl" -> fields.purl = JsonInputs.scalarText(parser);
        case "cpe" -> fields.cpe = JsonInputs.scalarText(parser);
        case "supplier" -> fields.supplier = nameOf(parser);
        case "manufacturer" -> fields.manufacturer = nameOf(parser);
        case "authors" -> {
          String first = firstNameOf(parser);
          if (fields.author.isBlank()) {
            fields.author = first;
          }
        }
        case "swid" -> fields.swidTagId = stringField(parser, "tagId");
        case "components" ->
            readComponents(parser, pointer + "/components/", fields.name, depth + 1);
        default -> parser.skipChildren();
      }
    }
    JsonInputs.reportLongNumbers(parser, longNumbers, location, sink);
    if (fields.name.isBlank()) {
      sink.error(new InputError(location, "missing-name", "component has no name; skipping it"));
    } else {
      sink.record(fields.toRecord(parentName, location));
    }
    return fields.name;
  }

  private SourceLocation here(JsonParser parser, String pointer) {
    return new SourceLocation(fileName, JsonInputs.line(parser), pointer);
  }

  private static String nameOf(JsonParser parser) throws IOException {
    return stringField(parser, "name");
  }

  /** The named string field of the object the parser is at; other fields are skipped. */
  private static String stringField(JsonParser parser, String wanted) throws IOException {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      return JsonInputs.scalarText(parser);
    }
    String value = "";
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      parser.nextToken();
      if (wanted.equals(field)) {
        value = JsonInputs.scalarText(parser);
      } else {
        parser.skipChildren();
      }
    }
    return value;
  }

  private static String firstNameOf(JsonParser parser) throws IOException {
    if (parser.currentToken() != JsonToken.START_ARRAY) {
      parser.skipChildren();
      return "";
    }
    String first = "";
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      String name = nameOf(parser);
      if (first.isEmpty()) {
        first = name;
      }
    }
    return first;
  }
}
