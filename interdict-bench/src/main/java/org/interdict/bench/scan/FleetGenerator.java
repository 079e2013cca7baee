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
 * Writes a synthetic osqueryd result log of {@code programs} snapshot rows for end-to-end scan runs: realistic
 * program names, about 0.5% of them catalogued Kaspersky products, 50 rows per host snapshot. Seeded, so every
 * run scans the same bytes. Usage: {@code FleetGenerator OUT.json RECORDS}.
 */
public final class FleetGenerator {
  private static final List<String[]> COMMON = List.of(
      new String[] {"Google Chrome", "Google LLC"}, new String[] {"Mozilla Firefox (x64 en-US)", "Mozilla"},
      new String[] {"7-Zip 24.08 (x64)", "Igor Pavlov"}, new String[] {"Microsoft Edge", "Microsoft Corporation"},
      new String[] {"Microsoft Visual C++ 2015-2022 Redistributable (x64)", "Microsoft Corporation"},
      new String[] {"Notepad++ (64-bit x64)", "Notepad++ Team"}, new String[] {"Zoom Workplace", "Zoom Video Communications"},
      new String[] {"Adobe Acrobat (64-bit)", "Adobe"}, new String[] {"VLC media player", "VideoLAN"},
      new String[] {"Slack", "Slack Technologies"}, new String[] {"Git", "The Git Development Community"},
      new String[] {"Python 3.12.4 (64-bit)", "Python Software Foundation"},
      new String[] {"Casper Security Suite", "Casper Ltd"}, new String[] {"Kasparov Chess Trainer", "ChessBase"});
  private static final List<String[]> COVERED = List.of(
      new String[] {"Kaspersky Endpoint Security for Windows", "AO Kaspersky Lab"},
      new String[] {"Kaspersky Security Center Network Agent", "AO Kaspersky Lab"},
      new String[] {"Kaspersky Total Security", "Kaspersky"}, new String[] {"Антивирус Касперского", "АО Лаборатория Касперского"});

  private FleetGenerator() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "fleet-1m.osquery.json");
    long records = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000L;
    Random random = new Random(20240620L);
    try (Writer writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8),
        1 << 20)) {
      long written = 0;
      int host = 0;
      while (written < records) {
        int rows = (int) Math.min(50, records - written);
        StringBuilder line = new StringBuilder(8192);
        line.append("{\"name\":\"pack_inventory_programs\",\"hostIdentifier\":\"WS-").append(host++)
            .append("\",\"calendarTime\":\"Mon Sep 30 09:00:00 2024 UTC\",\"unixTime\":\"1727686800\",")
            .append("\"epoch\":0,\"counter\":0,\"numerics\":false,\"action\":\"snapshot\",\"snapshot\":[");
        for (int i = 0; i < rows; i++) {
          String[] program = random.nextInt(200) == 0
              ? COVERED.get(random.nextInt(COVERED.size())) : COMMON.get(random.nextInt(COMMON.size()));
          line.append(i == 0 ? "" : ",").append("{\"name\":\"").append(program[0]).append("\",\"version\":\"")
              .append(random.nextInt(30)).append('.').append(random.nextInt(10)).append('.').append(random.nextInt(999))
              .append("\",\"publisher\":\"").append(program[1])
              .append("\",\"install_location\":\"C:\\\\Program Files\\\\App\",\"identifying_number\":\"\"}");
        }
        line.append("]}\n");
        writer.write(line.toString());
        written += rows;
      }
    }
  }
}
