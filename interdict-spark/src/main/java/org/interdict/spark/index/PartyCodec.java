package org.interdict.spark.index;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.interdict.model.Address;
import org.interdict.model.BirthDate;
import org.interdict.model.Gender;
import org.interdict.model.Identifier;
import org.interdict.model.IdentifierKind;
import org.interdict.model.Party;
import org.interdict.model.PartyFeatures;
import org.interdict.model.PartyIdentifier;
import org.interdict.model.PartyType;
import org.interdict.model.SourceRef;

/**
 * Encodes the loaded parties, in load order, as gzip-compressed bytes a Spark broadcast can ship
 * (core's model records are not {@link java.io.Serializable}, and need not be). Decoding gives
 * equal parties in the same order, so an index built from them equals the driver's.
 */
public final class PartyCodec {
  private PartyCodec() {}

  public static byte[] encode(List<Party> parties) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
      out.writeInt(parties.size());
      for (Party party : parties) {
        write(out, party);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  public static List<Party> decode(byte[] encoded) {
    try (DataInputStream in =
        new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(encoded)))) {
      int count = in.readInt();
      List<Party> parties = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        parties.add(read(in));
      }
      return parties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(DataOutputStream out, Party party) throws IOException {
    text(out, party.id());
    text(out, party.type().id());
    text(out, party.primaryName());
    texts(out, party.aliases());
    out.writeInt(party.addresses().size());
    for (Address a : party.addresses()) {
      texts(out, List.of(a.street(), a.city(), a.region(), a.postalCode(), a.country()));
    }
    texts(out, party.countries());
    texts(out, party.programs());
    texts(out, party.dates());
    out.writeInt(party.identifiers().size());
    for (Identifier identifier : party.identifiers()) {
      texts(out, List.of(identifier.type(), identifier.value(), identifier.country()));
    }
    text(out, party.remarks());
    SourceRef source = party.source();
    texts(
        out,
        List.of(
            source.listId(),
            source.entryId(),
            source.listDate().map(LocalDate::toString).orElse(""),
            source.file()));
    writeFeatures(out, party.features());
  }

  /**
   * The typed features entity-level screening weighs (issue 11): without them a Spark screening is
   * name-only.
   */
  private static void writeFeatures(DataOutputStream out, PartyFeatures features)
      throws IOException {
    out.writeInt(features.birthDates().size());
    for (BirthDate date : features.birthDates()) {
      text(out, date.raw());
      out.writeInt(date.fromYear());
      out.writeInt(date.toYear());
      out.writeInt(date.month());
      out.writeInt(date.day());
      out.writeBoolean(date.circa());
    }
    texts(out, features.nationalities());
    texts(out, features.citizenships());
    texts(out, features.addressCountries());
    texts(out, features.registrationCountries());
    text(out, features.gender().name());
    out.writeInt(features.identifiers().size());
    for (PartyIdentifier identifier : features.identifiers()) {
      texts(
          out,
          List.of(
              identifier.kind().name(),
              identifier.value(),
              identifier.country(),
              identifier.rawType(),
              identifier.rawValue()));
    }
  }

  private static PartyFeatures readFeatures(DataInputStream in) throws IOException {
    int dateCount = in.readInt();
    List<BirthDate> dates = new ArrayList<>(dateCount);
    for (int i = 0; i < dateCount; i++) {
      dates.add(
          new BirthDate(
              text(in), in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readBoolean()));
    }
    List<String> nationalities = texts(in);
    List<String> citizenships = texts(in);
    List<String> addressCountries = texts(in);
    List<String> registrationCountries = texts(in);
    Gender gender = Gender.valueOf(text(in));
    int identifierCount = in.readInt();
    List<PartyIdentifier> identifiers = new ArrayList<>(identifierCount);
    for (int i = 0; i < identifierCount; i++) {
      List<String> parts = texts(in);
      identifiers.add(
          new PartyIdentifier(
              IdentifierKind.valueOf(parts.get(0)),
              parts.get(1),
              parts.get(2),
              parts.get(3),
              parts.get(4)));
    }
    return new PartyFeatures(
        dates,
        nationalities,
        citizenships,
        addressCountries,
        registrationCountries,
        gender,
        identifiers);
  }

  private static Party read(DataInputStream in) throws IOException {
    String id = text(in);
    PartyType type = PartyType.fromId(text(in));
    String primaryName = text(in);
    List<String> aliases = texts(in);
    int addressCount = in.readInt();
    List<Address> addresses = new ArrayList<>(addressCount);
    for (int i = 0; i < addressCount; i++) {
      List<String> a = texts(in);
      addresses.add(new Address(a.get(0), a.get(1), a.get(2), a.get(3), a.get(4)));
    }
    List<String> countries = texts(in);
    List<String> programs = texts(in);
    List<String> dates = texts(in);
    int identifierCount = in.readInt();
    List<Identifier> identifiers = new ArrayList<>(identifierCount);
    for (int i = 0; i < identifierCount; i++) {
      List<String> parts = texts(in);
      identifiers.add(new Identifier(parts.get(0), parts.get(1), parts.get(2)));
    }
    String remarks = text(in);
    List<String> s = texts(in);
    SourceRef source =
        new SourceRef(
            s.get(0),
            s.get(1),
            s.get(2).isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(s.get(2))),
            s.get(3));
    return new Party(
            id,
            type,
            primaryName,
            aliases,
            addresses,
            countries,
            programs,
            dates,
            identifiers,
            remarks,
            source)
        .withFeatures(readFeatures(in));
  }

  private static void text(DataOutputStream out, String value) throws IOException {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static String text(DataInputStream in) throws IOException {
    byte[] utf8 = new byte[in.readInt()];
    in.readFully(utf8);
    return new String(utf8, StandardCharsets.UTF_8);
  }

  private static void texts(DataOutputStream out, List<String> values) throws IOException {
    out.writeInt(values.size());
    for (String value : values) {
      text(out, value);
    }
  }

  private static List<String> texts(DataInputStream in) throws IOException {
    int count = in.readInt();
    List<String> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(text(in));
    }
    return values;
  }
}
