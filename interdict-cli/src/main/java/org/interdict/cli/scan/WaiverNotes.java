package org.interdict.cli.scan;

import java.io.PrintWriter;
import org.interdict.waiver.Waivers;

/**
 * What stderr says after a scan with {@code --waivers}: findings waived, waivers expired yet
 * matching, unused ones.
 */
final class WaiverNotes {
  private WaiverNotes() {}

  static void print(Waivers waivers, PrintWriter notes) {
    long waived = waivers.applied().values().stream().mapToLong(Long::longValue).sum();
    if (waived > 0) {
      notes.println(
          "interdict: "
              + waived
              + " finding"
              + (waived == 1 ? "" : "s")
              + " waived (listed in the report)");
    }
    for (String expired : waivers.expiredButMatching()) {
      notes.println(
          "interdict: waiver " + expired + " no longer applies; its findings count again");
    }
    for (String unused : waivers.unused()) {
      notes.println("interdict: waiver " + unused + " matched no finding");
    }
    notes.flush();
  }
}
