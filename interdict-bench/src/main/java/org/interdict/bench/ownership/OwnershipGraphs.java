package org.interdict.bench.ownership;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the benchmark graphs into a folder: {@code chain-2000.csv} and {@code chain-10000.csv} (a
 * listed person owns 60 % of company 1, which owns 60 % of company 2, ...) and {@code wide.csv}
 * (the listed person owns 60 % of 5,000 companies, each of which owns 0.01 % of one target: 10,000
 * edges, one flag with 5,000 paths).
 */
public final class OwnershipGraphs {
  static final String LISTED = "Andrei Gennadyevich Tikhonov";
  private static final String HEADER = "owner,owned,percent,relation,source\n";

  private OwnershipGraphs() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "bench-out/ownership");
    Files.createDirectories(dir);
    chain(dir.resolve("chain-2000.csv"), 2_000);
    chain(dir.resolve("chain-10000.csv"), 10_000);
    wide(dir.resolve("wide.csv"), 5_000);
  }

  static void chain(Path file, int edges) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(HEADER);
      String owner = LISTED;
      for (int i = 1; i <= edges; i++) {
        out.write(owner + ",Chain Company " + i + ",60,owns,reg-" + i + "\n");
        owner = "Chain Company " + i;
      }
    }
  }

  static void wide(Path file, int owners) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(HEADER);
      for (int i = 1; i <= owners; i++) {
        out.write(LISTED + ",Owner " + i + ",60,owns,reg-a" + i + "\n");
        out.write("Owner " + i + ",Wide Target Ltd,0.01,owns,reg-b" + i + "\n");
      }
    }
  }
}
