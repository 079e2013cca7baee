package org.interdict.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.function.Predicate;
import org.interdict.inventory.CollectingSink;
import org.interdict.inventory.InventoryReader;
import org.interdict.inventory.UnreadableInventoryException;
import org.interdict.model.InputError;

/**
 * The invariants of every inventory fuzz target. The {@link InventoryReader} contract: records go
 * to the sink, a bad part becomes an {@link InputError} naming the file and a line or pointer, and
 * the only exception is an {@link UnreadableInventoryException} naming the file, thrown when
 * nothing at all could be read.
 */
final class InventoryChecks {
  /** The name of the valid record placed before the fuzzed part. */
  static final String BEFORE = "fuzz-before-app";

  /** The name of the valid record placed after the fuzzed part. */
  static final String AFTER = "fuzz-after-app";

  /** Errors about the whole file, which have no line or pointer to give. */
  private static final Set<String> WHOLE_FILE_ERRORS = Set.of("empty-input");

  static {
    Logging.quietWhileFuzzing();
  }

  private InventoryChecks() {}

  /** Reads arbitrary bytes as a whole file: only the documented exception, every error placed. */
  static void readWhole(InventoryReader reader, byte[] input, String fileName) {
    CollectingSink sink = new CollectingSink();
    try {
      reader.read(new ByteArrayInputStream(input), fileName, sink);
    } catch (UnreadableInventoryException e) {
      assertThat(e.getMessage())
          .as("an unreadable-inventory message names the file")
          .contains(fileName);
      assertThat(sink.records)
          .as("thrown only when nothing could be read, yet records were sent: %s", e)
          .isEmpty();
      return;
    }
    sink.errors.forEach(error -> assertPlaced(error, fileName));
  }

  /**
   * Reads a document holding a valid record named {@link #BEFORE}, the fuzzed part, then one named
   * {@link #AFTER}. The record before is always read. The one after is read when {@code inPlace}
   * (the fuzzed part left it where the format keeps records); otherwise it may be missing only with
   * an error saying so, unless the document is {@code wellFormed} (a well-formed part may move it
   * elsewhere, into SPDX {@code files} say, legitimately).
   */
  static void readEmbedded(
      InventoryReader reader,
      byte[] document,
      String fileName,
      boolean inPlace,
      boolean wellFormed) {
    CollectingSink sink = new CollectingSink();
    reader.read(new ByteArrayInputStream(document), fileName, sink);
    sink.errors.forEach(error -> assertPlaced(error, fileName));
    assertThat(sink.names())
        .as("the valid record before the fuzzed part; errors %s", sink.errors)
        .contains(BEFORE);
    if (inPlace) {
      assertThat(sink.names())
          .as("the valid record after a well-formed fuzzed part; errors %s", sink.errors)
          .contains(AFTER);
    } else if (!wellFormed && !sink.names().contains(AFTER)) {
      assertThat(sink.errors)
          .as("a record after a bad part is lost only with an error saying so")
          .isNotEmpty();
    }
  }

  /**
   * {@code input} as a whole file, then between {@code before} and {@code after}; see {@link
   * #readEmbedded}.
   */
  static void check(
      InventoryReader reader,
      String fileName,
      byte[] before,
      byte[] input,
      byte[] after,
      Predicate<byte[]> inPlace,
      Predicate<byte[]> wellFormed) {
    readWhole(reader, input, fileName);
    byte[] document = FuzzBytes.concat(before, input, after);
    // Judged as the readers decode it: a byte that is not UTF-8 is U+FFFD, never a reason to lose
    // a record (found by fuzzing: CycloneDX XML lost the component before such a byte).
    byte[] decoded = FuzzBytes.replacingInvalidUtf8(document);
    readEmbedded(reader, document, fileName, inPlace.test(decoded), wellFormed.test(decoded));
  }

  static void assertPlaced(InputError error, String fileName) {
    assertThat(error.location().file()).as("error %s names its file", error).isEqualTo(fileName);
    if (!WHOLE_FILE_ERRORS.contains(error.errorId())) {
      assertThat(error.location().line() > 0 || !error.location().pointer().isEmpty())
          .as("error %s names a line or a pointer", error)
          .isTrue();
    }
  }
}
