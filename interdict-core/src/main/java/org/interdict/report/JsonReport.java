package org.interdict.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.interdict.scan.Finding;
import org.interdict.scan.FindingSink;
import org.interdict.scan.ScanHeader;
import org.interdict.scan.ScanResult;

/**
 * The scan as the JSON document documented in docs/scan-json.md, streamed: the header, each finding
 * as it arrives, then {@code complete}, the inputs, the errors and the summary once the last
 * finding is written.
 */
final class JsonReport implements ReportWriter {
  @Override
  public String formatId() {
    return "json";
  }

  @Override
  public FindingSink open(Writer out, ReportOptions options) {
    return new JsonDocumentSink(out) {
      @Override
      void open(JsonGenerator json, ScanHeader header) throws IOException {
        json.writeStartObject();
        Json.fields(json, ReportModel.header(header));
        json.writeArrayFieldStart("findings");
      }

      @Override
      Object element(Finding finding, ScanHeader header) {
        return ReportModel.finding(finding, header.asOf(), options.allRegimes());
      }

      @Override
      void close(JsonGenerator json, ScanHeader header, ScanResult result) throws IOException {
        json.writeEndArray();
        Json.fields(json, ReportModel.end(result));
        json.writeEndObject();
      }
    };
  }

  /**
   * A write that may fail with an {@link IOException}, rethrown unchecked because sinks cannot
   * throw it.
   */
  interface IoAction {
    void run() throws IOException;
  }

  static void io(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report: " + e.getMessage(), e);
    }
  }
}
