package org.interdict.report;

import java.util.List;
import org.interdict.scan.Finding;
import org.interdict.scan.FindingSink;
import org.interdict.scan.ScanHeader;
import org.interdict.scan.ScanResult;

/**
 * Sends one scan to several sinks in turn, for an HTML page written together with its full-data
 * JSON.
 */
public final class Tee implements FindingSink {
  private final List<FindingSink> sinks;

  public Tee(List<FindingSink> sinks) {
    this.sinks = List.copyOf(sinks);
  }

  @Override
  public void begin(ScanHeader header) {
    sinks.forEach(s -> s.begin(header));
  }

  @Override
  public void finding(Finding finding) {
    sinks.forEach(s -> s.finding(finding));
  }

  @Override
  public void end(ScanResult result) {
    sinks.forEach(s -> s.end(result));
  }
}
