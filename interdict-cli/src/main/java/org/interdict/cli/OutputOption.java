package org.interdict.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Option;

/**
 * The {@code -o/--output FILE} option of the commands whose output a script reads: the output goes
 * to the file, written under a temporary name and moved into place only when the command finished,
 * so that a failed run never leaves a half-written file; without it, to stdout.
 */
public final class OutputOption {
  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the output here instead of stdout.")
  Path file;

  /** What a command writes, given where. */
  @FunctionalInterface
  public interface Body<T> {
    T write(PrintWriter out) throws IOException;
  }

  public <T> T write(PrintWriter stdout, Body<T> body) throws IOException {
    if (file == null) {
      T result = body.write(stdout);
      stdout.flush();
      return result;
    }
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    try {
      T result;
      try (PrintWriter out =
          new PrintWriter(Files.newBufferedWriter(partial, StandardCharsets.UTF_8))) {
        result = body.write(out);
        out.flush();
        if (out.checkError()) {
          throw new IOException("cannot write " + file);
        }
      }
      Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
      return result;
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
