package org.interdict.cli.screen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.interdict.cli.StandardInput;
import org.interdict.inventory.InventoryOpener;

/**
 * Opens the CSV file of names to screen ({@code --input}): {@code -} is standard input, and pipes
 * and FIFOs are read as streams like any inventory. Strict UTF-8 (a byte order mark is skipped): a
 * bad byte stops the read with an error rather than screening a garbled name.
 */
final class NamesInput {
  private NamesInput() {}

  /**
   * @throws UnreadableInputException naming the file and what is wrong (no such file, permission
   *     denied...)
   */
  static Reader open(Path file) {
    try {
      InputStream bytes =
          StandardInput.isStandardInput(file)
              ? StandardInput.open()
              : InventoryOpener.standard().open(file, file.toString());
      var decoder =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      BufferedReader reader = new BufferedReader(new InputStreamReader(bytes, decoder), 64 * 1024);
      reader.mark(1);
      if (reader.read() != '\uFEFF') {
        reader.reset();
      }
      return reader;
    } catch (IOException e) {
      throw new UnreadableInputException(
          "cannot read input file " + InventoryOpener.unreadable(file.toString(), e).getMessage());
    } catch (org.interdict.inventory.UnreadableInventoryException e) {
      throw new UnreadableInputException("cannot read input file " + e.getMessage());
    }
  }
}
