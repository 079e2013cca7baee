package org.interdict.inventory.spdx;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.interdict.inventory.InventoryReader;
import org.interdict.inventory.InventorySink;
import org.interdict.inventory.UnreadableInventoryException;
import org.interdict.inventory.encoding.Encodings;
import org.interdict.model.InputError;
import org.interdict.model.SourceLocation;

/**
 * Reads an SPDX 2.x tag-value document ({@code .spdx}) line by line. A package section runs from
 * {@code PackageName:} to the next package, file, snippet or licence section. Parents follow the
 * same rule as {@link SpdxJsonReader}: DESCRIBES relationships seen before a package make the
 * described package the parent of later ones. Multi-line {@code <text>} values are skipped.
 * Stateless and thread-safe.
 */
public final class SpdxTagValueReader implements InventoryReader {
  @Override
  public String formatId() {
    return "spdx";
  }

  @Override
  public void read(InputStream input, String fileName, InventorySink sink) {
    Set<String> described = new HashSet<>();
    String describedName = "";
    SpdxPackage current = null;
    long currentLine = 0;
    long lineNumber = 0;
    long textStart = 0;
    boolean versionSeen = false;
    boolean badEncodingReported = false;
    try {
      BufferedReader reader = Encodings.reader(input);
      String line;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (!badEncodingReported && line.indexOf('\uFFFD') >= 0) {
          sink.error(Encodings.invalidEncoding(fileName, lineNumber));
          badEncodingReported = true;
        }
        if (textStart > 0) {
          if (line.contains("</text>")) {
            textStart = 0;
          }
          continue;
        }
        int colon = line.indexOf(':');
        if (line.startsWith("#") || colon <= 0) {
          continue;
        }
        String tag = line.substring(0, colon).strip();
        String value = line.substring(colon + 1).strip();
        if (value.startsWith("<text>") && !value.contains("</text>")) {
          textStart = lineNumber;
          continue;
        }
        boolean endsSection =
            tag.equals("PackageName")
                || tag.equals("FileName")
                || tag.equals("SnippetSPDXID")
                || tag.equals("LicenseID");
        if (endsSection && current != null) {
          describedName = emit(current, currentLine, fileName, described, describedName, sink);
          current = null;
        }
        switch (tag) {
          case "SPDXVersion" -> versionSeen = true;
          case "PackageName" -> {
            current = new SpdxPackage();
            current.name = value;
            currentLine = lineNumber;
          }
          case "Relationship" -> {
            String[] parts = value.split("\\s+");
            if (parts.length == 3
                && parts[0].equals("SPDXRef-DOCUMENT")
                && parts[1].equals("DESCRIBES")
                && described.size() < SpdxJsonReader.MAX_DESCRIBED_IDS) {
              described.add(parts[2]);
            }
          }
          default -> {
            if (current != null) {
              packageField(current, tag, value);
            }
          }
        }
      }
      if (current != null) {
        emit(current, currentLine, fileName, described, describedName, sink);
      }
      if (textStart > 0) {
        sink.error(
            InputError.of(fileName, textStart, "unterminated-text", "<text> value never closed"));
      }
      if (lineNumber == 0) {
        // no line at all (a byte order mark alone, say): a whole-file error, as the JSON reader
        // gives
        sink.error(InputError.of(fileName, 0, "empty-input", "the file is empty; nothing to read"));
      } else if (!versionSeen) {
        sink.error(
            InputError.of(
                fileName,
                1,
                "unexpected-structure",
                "no 'SPDXVersion:'"
                    + " line, which every SPDX tag-value document has; this is not one (or not readable as text)"));
      }
    } catch (IOException e) {
      throw new UnreadableInventoryException(
          fileName + ": cannot read after line " + lineNumber + ": " + e.getMessage(), e);
    }
  }

  private static void packageField(SpdxPackage spdxPackage, String tag, String value) {
    switch (tag) {
      case "SPDXID" -> spdxPackage.spdxId = value;
      case "PackageVersion" -> spdxPackage.version = value;
      case "PackageSupplier" -> spdxPackage.supplier = value;
      case "PackageOriginator" -> spdxPackage.originator = value;
      case "ExternalRef" -> {
        String[] parts = value.split("\\s+", 3);
        if (parts.length == 3) {
          spdxPackage.externalRef(parts[1], parts[2]);
        }
      }
      default -> {}
    }
  }

  /**
   * Sends the package and returns the described package's name, learnt from it if it is the
   * described one.
   */
  private static String emit(
      SpdxPackage spdxPackage,
      long line,
      String fileName,
      Set<String> described,
      String describedName,
      InventorySink sink) {
    SourceLocation location = SourceLocation.ofLine(fileName, line);
    if (spdxPackage.name.isBlank()) {
      sink.error(new InputError(location, "missing-name", "package has no name; skipping it"));
      return describedName;
    }
    boolean isDescribed = described.contains(spdxPackage.spdxId);
    String parent = isDescribed ? "" : describedName;
    sink.record(spdxPackage.toRecord(parent, location));
    return isDescribed && describedName.isEmpty() ? spdxPackage.name : describedName;
  }
}
