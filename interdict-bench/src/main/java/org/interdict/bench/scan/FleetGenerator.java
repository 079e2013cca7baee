package org.interdict.bench.scan;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic osqueryd result log of {@code programs} snapshot rows for end-to-end scan
 * runs: realistic program names, about 0.5% of them catalogued Kaspersky products, 50 rows per host
 * snapshot. Seeded, so every run scans the same bytes. Usage: {@code FleetGenerator OUT.json
 * RECORDS}, or by hosts as in issue 16: {@code FleetGenerator OUT.json --hosts 200000 --programs 10
 * --kaspersky-hosts 0.5}, where that share of the hosts (spread evenly) has one or two Kaspersky
 * products among its programs and the rest only common software.
 */
public final class FleetGenerator {
  private static final List<String[]> COMMON =
      List.of(
          new String[] {"Google Chrome", "Google LLC"},
          new String[] {"Mozilla Firefox (x64 en-US)", "Mozilla"},
          new String[] {"7-Zip 24.08 (x64)", "Igor Pavlov"},
          new String[] {"Microsoft Edge", "Microsoft Corporation"},
          new String[] {
            "Microsoft Visual C++ 2015-2022 Redistributable (x64)", "Microsoft Corporation"
          },
          new String[] {"Notepad++ (64-bit x64)", "Notepad++ Team"},
          new String[] {"Zoom Workplace", "Zoom Video Communications"},
          new String[] {"Adobe Acrobat (64-bit)", "Adobe"},
          new String[] {"VLC media player", "VideoLAN"},
          new String[] {"Slack", "Slack Technologies"},
          new String[] {"Git", "The Git Development Community"},
          new String[] {"Python 3.12.4 (64-bit)", "Python Software Foundation"},
          new String[] {"Casper Security Suite", "Casper Ltd"},
          new String[] {"Kasparov Chess Trainer", "ChessBase"});
  private static final List<String[]> COVERED =
      List.of(
          new String[] {"Kaspersky Endpoint Security for Windows", "AO Kaspersky Lab"},
          new String[] {"Kaspersky Security Center Network Agent", "AO Kaspersky Lab"},
          new String[] {"Kaspersky Total Security", "Kaspersky"},
          new String[] {"Антивирус Касперского", "АО Лаборатория Касперского"});

  private FleetGenerator() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "fleet-1m.osquery.json");
    if (args.length > 1 && args[1].equals("--hosts")) {
      writeByHosts(
          out, Long.parseLong(args[2]), Integer.parseInt(args[4]), Double.parseDouble(args[6]));
      return;
    }
    long records = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000L;
    Random random = new Random(20240620L);
    try (Writer writer =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 20)) {
      long written = 0;
      int host = 0;
      while (written < records) {
        int rows = (int) Math.min(50, records - written);
        StringBuilder line = snapshotStart(host++);
        for (int i = 0; i < rows; i++) {
          String[] program =
              random.nextInt(200) == 0
                  ? COVERED.get(random.nextInt(COVERED.size()))
                  : COMMON.get(random.nextInt(COMMON.size()));
          program(line.append(i == 0 ? "" : ","), program, random);
        }
        line.append("]}\n");
        writer.write(line.toString());
        written += rows;
      }
    }
  }

  private static void writeByHosts(Path out, long hosts, int programs, double kasperskyShare)
      throws IOException {
    Random random = new Random(20240620L);
    try (Writer writer =
        new BufferedWriter(
            new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 20)) {
      double owed = 0;
      for (long host = 0; host < hosts; host++) {
        owed += kasperskyShare;
        int covered = 0;
        if (owed >= 1) {
          owed -= 1;
          covered = 1 + random.nextInt(2);
        }
        StringBuilder line = snapshotStart(host);
        for (int i = 0; i < programs; i++) {
          String[] program =
              i < covered
                  ? COVERED.get((int) ((host + i) % COVERED.size()))
                  : COMMON.get(random.nextInt(COMMON.size()));
          program(line.append(i == 0 ? "" : ","), program, random);
        }
        writer.write(line.append("]}\n").toString());
      }
    }
  }

  private static StringBuilder snapshotStart(long host) {
    return new StringBuilder(4096)
        .append("{\"name\":\"pack_inventory_programs\",\"hostIdentifier\":\"WS-")
        .append(host)
        .append("\",\"calendarTime\":\"Mon Sep 30 09:00:00 2024 UTC\",\"unixTime\":\"1727686800\",")
        .append(
            "\"epoch\":0,\"counter\":0,\"numerics\":false,\"action\":\"snapshot\",\"snapshot\":[");
  }

  private static void program(StringBuilder line, String[] program, Random random) {
    line.append("{\"name\":\"")
        .append(program[0])
        .append("\",\"version\":\"")
        .append(random.nextInt(30))
        .append('.')
        .append(random.nextInt(10))
        .append('.')
        .append(random.nextInt(999))
        .append("\",\"publisher\":\"")
        .append(program[1])
        .append(
            "\",\"install_location\":\"C:\\\\Program Files\\\\App\",\"identifying_number\":\"\"}");
  }
}
