package org.interdict.lists.uk;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamReader;
import org.interdict.lists.XmlLists;
import org.interdict.model.InputError;

/**
 * Streams the UK Sanctions List XML ({@code Designations > Designation}) with StAX through {@link
 * XmlLists}: no DTD, no external entities; designations read before a syntax error are kept. The
 * CSV goes to {@link CsvReader}. Stateless and thread-safe.
 */
public final class Reader {
  static final String ROOT = "Designations";
  static final String ENTRY = "Designation";

  /** Elements whose children form one value: a name, an address, a passport... */
  private static final List<String> GROUPS =
      List.of("Name", "Address", "Passport", "NationalIdentifier");

  /**
   * Designations, errors and the file's own date ({@code DateGenerated} or the CSV's Report Date).
   */
  record Result(List<UkEntry> entries, List<InputError> errors, Optional<LocalDate> generated) {
    Result {
      entries = List.copyOf(entries);
      errors = List.copyOf(errors);
    }
  }

  private Reader() {}

  /**
   * Whether a file is the UK Sanctions List, by its lower-case name and first bytes: a {@code .xml}
   * with a {@code <Designations>} root, a {@code .csv} whose header has {@code Unique ID} and
   * {@code OFSI Group ID}, or OFSI's closed Consolidated List CSV ({@code Name 6,Name 1,...,Group
   * ID}).
   */
  public static boolean recognises(String lowerCaseName, String head) {
    if (lowerCaseName.endsWith(".xml")) {
      return head.contains("<" + ROOT);
    }
    return lowerCaseName.endsWith(".csv") && (CsvReader.isHead(head) || ConListReader.isHead(head));
  }

  /**
   * Reads the CSV (FCDO's, or OFSI's ConList by its header) when the name ends in {@code .csv},
   * else the XML.
   */
  static Result read(Path file) {
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
      return isConList(file) ? ConListReader.read(file) : CsvReader.read(file);
    }
    Collector collector = new Collector();
    List<InputError> errors = XmlLists.stream(file, ROOT, collector);
    return new Result(collector.entries, errors, collector.generated);
  }

  private static boolean isConList(Path file) {
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
      return ConListReader.isHead(
          new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.ISO_8859_1));
    } catch (java.io.IOException e) {
      return false; // CsvReader reports the unreadable file.
    }
  }

  /** Turns XML events into designations; confined to one read call. */
  private static final class Collector implements XmlLists.Handler {
    private final List<UkEntry> entries = new ArrayList<>();
    private final Map<String, String> group = new HashMap<>();
    private Optional<LocalDate> generated = Optional.empty();
    private EntryBuilder entry;

    @Override
    public void start(String element, String parent, XMLStreamReader xml) {
      if (element.equals(ENTRY)) {
        entry = new EntryBuilder(xml.getLocation().getLineNumber());
      } else if (GROUPS.contains(element)) {
        group.clear();
      }
    }

    @Override
    public void end(String element, String parent, String text) {
      if (element.equals("DateGenerated") && parent.equals(ROOT)) {
        generated = Dates.dayFirst(text);
      } else if (entry == null) {
        return;
      } else if (element.equals(ENTRY)) {
        entries.add(entry.build());
        entry = null;
      } else if (parent.equals(ENTRY)) {
        entry.single(element, text);
      } else if (GROUPS.contains(parent)) {
        group.put(element, text);
      } else if (GROUPS.contains(element)) {
        endGroup(element);
      } else {
        value(element, text);
      }
    }

    private void endGroup(String element) {
      switch (element) {
        case "Name" ->
            entry.name(
                List.of(
                    part("Name1"),
                    part("Name2"),
                    part("Name3"),
                    part("Name4"),
                    part("Name5"),
                    part("Name6")),
                part("NameType"),
                part("AliasStrength"));
        case "Address" ->
            entry.address(
                List.of(
                    part("AddressLine1"),
                    part("AddressLine2"),
                    part("AddressLine3"),
                    part("AddressLine4"),
                    part("AddressLine5"),
                    part("AddressLine6")),
                part("AddressPostalCode"),
                part("AddressCountry"));
        case "Passport" -> entry.identifier("passport", part("PassportNumber"));
        default -> entry.identifier("national-id", part("NationalIdentifierNumber"));
      }
      group.clear();
    }

    private void value(String element, String text) {
      switch (element) {
        case "NameNonLatinScript" -> entry.nonLatinName(text);
        case "DOB" -> entry.birthDate(text);
        case "Nationality" -> entry.nationality(text);
        case "IMONumber" -> entry.identifier("imo", text);
        case "BusinessRegistrationNumber" -> entry.identifier("business-registration", text);
        case "CurrentBelievedFlagOfShip" -> entry.flag(text);
        default -> {
          // Titles, positions, phone numbers, ship details and the like are not mapped.
        }
      }
    }

    private String part(String element) {
      return group.getOrDefault(element, "");
    }

    @Override
    public int entriesRead() {
      return entries.size();
    }
  }
}
