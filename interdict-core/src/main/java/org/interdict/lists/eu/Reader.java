package org.interdict.lists.eu;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLStreamReader;
import org.interdict.lists.XmlLists;
import org.interdict.model.InputError;

/**
 * Streams the FSF XML ({@code xmlFullSanctionsList_1_1}: {@code export > sanctionEntity}) with StAX
 * through {@link XmlLists}: no DTD, no external entities; entries read before a syntax error are
 * kept. The CSV variant goes to {@link CsvReader}. Stateless and thread-safe.
 */
public final class Reader {
  static final String ROOT = "export";
  static final String ENTRY = "sanctionEntity";

  /** Entries, errors and the file's own {@code generationDate}. */
  record Result(List<EuEntry> entries, List<InputError> errors, Optional<LocalDate> generated) {
    Result {
      entries = List.copyOf(entries);
      errors = List.copyOf(errors);
    }
  }

  private Reader() {}

  /**
   * Whether a file is an FSF export, by its lower-case name and first bytes: a {@code .xml} with an
   * {@code <export>} root in the FSF namespace, or a {@code .csv} with the FSF header.
   */
  public static boolean recognises(String lowerCaseName, String head) {
    if (lowerCaseName.endsWith(".xml")) {
      return head.contains("<" + ROOT)
          && (head.contains("fpi/fsd/export") || head.contains("<" + ENTRY));
    }
    return lowerCaseName.endsWith(".csv") && CsvReader.isHead(head);
  }

  /** Reads the CSV variant when the name ends in {@code .csv}, else the XML. */
  static Result read(Path file) {
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
      return CsvReader.read(file);
    }
    Collector collector = new Collector();
    List<InputError> errors = XmlLists.stream(file, ROOT, collector);
    return new Result(collector.entries, errors, collector.generated);
  }

  /** Turns XML events into entries; confined to one read call. */
  private static final class Collector implements XmlLists.Handler {
    private final List<EuEntry> entries = new ArrayList<>();
    private Optional<LocalDate> generated = Optional.empty();
    private EntryBuilder entry;

    @Override
    public void start(String element, String parent, XMLStreamReader xml) {
      if (element.equals(ROOT)) {
        generated = isoDate(xml.getAttributeValue(null, "generationDate"));
      } else if (element.equals(ENTRY)) {
        entry =
            new EntryBuilder(xml.getLocation().getLineNumber(), attribute(xml, "logicalId"))
                .references(
                    attribute(xml, "euReferenceNumber"),
                    attribute(xml, "unitedNationId"),
                    attribute(xml, "designationDate"));
      } else if (entry != null && parent.equals(ENTRY)) {
        child(element, xml);
      }
    }

    private void child(String element, XMLStreamReader xml) {
      switch (element) {
        case "subjectType" -> entry.subjectType(attribute(xml, "code"));
        case "regulation" ->
            entry.regulation(
                attribute(xml, "programme"),
                attribute(xml, "numberTitle"),
                attribute(xml, "publicationDate"));
        case "nameAlias" ->
            entry.name(
                new EuEntry.EuName(
                    attribute(xml, "wholeName"),
                    attribute(xml, "firstName"),
                    attribute(xml, "middleName"),
                    attribute(xml, "lastName"),
                    attribute(xml, "function"),
                    attribute(xml, "nameLanguage"),
                    !attribute(xml, "strong").equalsIgnoreCase("false")));
        case "citizenship" ->
            entry.citizenship(
                attribute(xml, "countryDescription"), attribute(xml, "countryIso2Code"));
        case "birthdate" ->
            entry.birthDate(
                attribute(xml, "birthdate"),
                attribute(xml, "year"),
                attribute(xml, "monthOfYear"),
                attribute(xml, "dayOfMonth"),
                attribute(xml, "circa"));
        case "address" ->
            entry.address(
                attribute(xml, "street"),
                attribute(xml, "poBox"),
                attribute(xml, "place"),
                attribute(xml, "city"),
                attribute(xml, "region"),
                attribute(xml, "zipCode"),
                attribute(xml, "countryDescription"),
                attribute(xml, "countryIso2Code"));
        case "identification" ->
            entry.identification(
                attribute(xml, "number"),
                attribute(xml, "latinNumber"),
                attribute(xml, "identificationTypeDescription"),
                attribute(xml, "identificationTypeCode"),
                attribute(xml, "countryDescription"),
                attribute(xml, "countryIso2Code"));
        default -> {
          // remark is text, handled at its end; other children carry nothing screening uses.
        }
      }
    }

    @Override
    public void end(String element, String parent, String text) {
      if (entry == null) {
        return;
      }
      if (element.equals(ENTRY)) {
        entries.add(entry.build());
        entry = null;
      } else if (element.equals("remark") && parent.equals(ENTRY)) {
        entry.remark(text);
      }
    }

    @Override
    public int entriesRead() {
      return entries.size();
    }
  }

  private static String attribute(XMLStreamReader xml, String name) {
    String value = xml.getAttributeValue(null, name);
    return value == null ? "" : value.strip();
  }

  /** The date part of an ISO timestamp such as {@code 2026-08-05T16:47:04.449+02:00}. */
  static Optional<LocalDate> isoDate(String value) {
    if (value == null || value.strip().length() < 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.strip().substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
