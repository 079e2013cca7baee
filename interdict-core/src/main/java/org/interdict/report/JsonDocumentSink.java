package org.interdict.report;

import static org.interdict.report.JsonReport.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.interdict.scan.Finding;
import org.interdict.scan.FindingSink;
import org.interdict.scan.ScanHeader;
import org.interdict.scan.ScanResult;

/**
 * A JSON document streamed around one array of findings: {@link #open} writes up to the start of
 * that array, each finding becomes one line of it, and {@link #close} writes the rest. Shared by
 * the JSON and SARIF reports.
 */
abstract class JsonDocumentSink implements FindingSink {
  private final Writer out;
  private JsonGenerator json;
  private ScanHeader header;

  JsonDocumentSink(Writer out) {
    this.out = out;
  }

  abstract void open(JsonGenerator json, ScanHeader header) throws IOException;

  /** The finding as an element of the array, or null to leave it out (SARIF's results limit). */
  abstract Object element(Finding finding, ScanHeader header);

  abstract void close(JsonGenerator json, ScanHeader header, ScanResult result) throws IOException;

  @Override
  public final void begin(ScanHeader scan) {
    header = scan;
    json = Json.generator(out);
    io(() -> open(json, scan));
  }

  @Override
  public final void finding(Finding finding) {
    Object element = element(finding, header);
    if (element != null) {
      io(() -> Json.line(json, element));
    }
  }

  @Override
  public final void end(ScanResult result) {
    io(
        () -> {
          close(json, header, result);
          Json.finish(json, out);
        });
  }
}
