package org.interdict.screening.stored.binary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.interdict.lists.ListInfo;
import org.interdict.model.InputError;
import org.interdict.model.PartyType;
import org.junit.jupiter.api.Test;

/**
 * Records round-trip component by component, whatever fields they gain; unknown types fail loudly.
 */
class RecordCodecTest {
  record Part(String name, int count) {}

  /**
   * What a later ListInfo might look like: completeness and problems added beside the existing
   * fields.
   */
  record ExtendedInfo(
      String listId,
      Optional<LocalDate> listDate,
      List<String> files,
      int entryCount,
      boolean complete,
      List<Part> problems,
      Map<String, Integer> counts,
      Set<String> tags,
      long bytes,
      double share,
      Instant readAt,
      PartyType kind,
      Path folder,
      String maybeNull) {}

  record WithUuid(UUID id) {}

  static <T extends Record> T roundTrip(RecordCodec<T> codec, T value) {
    BinaryWriter out = new BinaryWriter();
    codec.write(out, value);
    BinaryReader in = new BinaryReader(ByteBuffer.wrap(out.toByteArray()));
    T back = codec.read(in);
    assertThat(in.remaining()).isZero();
    return back;
  }

  @Test
  void everySupportedComponentTypeRoundTrips() {
    ExtendedInfo info =
        new ExtendedInfo(
            "us-csl",
            Optional.of(LocalDate.of(2023, 11, 30)),
            List.of("a.csv", "ü.csv"),
            4226,
            false,
            List.of(new Part("row 4233 unreadable", 1)),
            Map.of("rows", 4227),
            Set.of("partial"),
            2_691_298L,
            0.25,
            Instant.parse("2026-12-02T06:00:00.123456789Z"),
            PartyType.VESSEL,
            Path.of("/data/lists"),
            null);
    assertThat(roundTrip(RecordCodec.of(ExtendedInfo.class), info)).isEqualTo(info);
    ExtendedInfo empty =
        new ExtendedInfo(
            "x",
            Optional.empty(),
            List.of(),
            0,
            true,
            List.of(),
            Map.of(),
            Set.of(),
            0,
            0,
            Instant.EPOCH,
            PartyType.UNKNOWN,
            Path.of("."),
            "set");
    assertThat(roundTrip(RecordCodec.of(ExtendedInfo.class), empty)).isEqualTo(empty);
  }

  @Test
  void theListRecordsOfTodayRoundTrip() {
    ListInfo info =
        new ListInfo(
            "us-ofac-sdn",
            "OFAC SDN",
            Optional.of(LocalDate.of(2024, 5, 3)),
            List.of("/data/sdn.csv"),
            14965);
    assertThat(roundTrip(RecordCodec.of(ListInfo.class), info)).isEqualTo(info);
    InputError error =
        InputError.of("dpl.txt", 154, "duplicate-list-entry", "the same name again; skipping");
    assertThat(roundTrip(RecordCodec.of(InputError.class), error)).isEqualTo(error);
  }

  @Test
  void theSchemaNamesEveryComponentSoAnAddedFieldChangesIt() {
    assertThat(RecordCodec.of(ListInfo.class).schema())
        .isEqualTo(
            "ListInfo(listId:string,title:string,listDate:optional<date>,files:list<string>,"
                + "entryCount:int,problemCount:int,problems:list<string>)");
    assertThat(RecordCodec.of(ExtendedInfo.class).schema())
        .contains("complete:boolean", "problems:list<Part(")
        .contains("kind:enum PartyType[INDIVIDUAL|ENTITY|VESSEL|AIRCRAFT|UNKNOWN]");
  }

  @Test
  void aComponentTypeWithoutCodecFailsWhenTheCodecIsMade() {
    assertThatThrownBy(() -> RecordCodec.of(WithUuid.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("WithUuid.id")
        .hasMessageContaining("java.util.UUID");
  }

  @Test
  void truncatedBytesFailAsMalformed() {
    BinaryWriter out = new BinaryWriter();
    RecordCodec.of(Part.class).write(out, new Part("name", 3));
    byte[] bytes = out.toByteArray();
    BinaryReader in = new BinaryReader(ByteBuffer.wrap(bytes, 0, bytes.length - 2));
    assertThatThrownBy(() -> RecordCodec.of(Part.class).read(in))
        .isInstanceOf(MalformedBinaryException.class);
  }
}
