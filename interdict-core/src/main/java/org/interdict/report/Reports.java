package org.interdict.report;

import java.util.List;
import org.interdict.InterdictException;

/** The report formats, by id. */
public final class Reports {
  private static final List<ReportWriter> ALL =
      List.of(
          new TableReport(),
          new JsonReport(),
          new CsvReport(),
          new SarifReport(),
          new HtmlReport());

  private Reports() {}

  public static List<String> ids() {
    return ALL.stream().map(ReportWriter::formatId).toList();
  }

  /** The writer for a format id; unknown ids are rejected with the valid ones. */
  public static ReportWriter byId(String id) {
    return ALL.stream()
        .filter(w -> w.formatId().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                new InterdictException(
                    "unknown report format '" + id + "'; expected one of " + ids()));
  }
}
