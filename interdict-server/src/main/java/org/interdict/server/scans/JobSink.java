package org.interdict.server.scans;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.interdict.inventory.InventorySink;
import org.interdict.model.InputError;
import org.interdict.model.SoftwareRecord;

/**
 * Sits between a reader and the scanner for one job: gives records without a host the job's host,
 * remembers every host read (for remediation verification), counts records and errors, and reports
 * progress every {@link #REPORT_EVERY} records. Not thread-safe: used by the job's worker thread
 * only.
 */
final class JobSink implements InventorySink {
  static final int REPORT_EVERY = 5000;
  private final InventorySink next;
  private final String host;
  private final Consumer<JobSink> report;
  private final Set<String> hosts = new HashSet<>();
  final AtomicLong bytesRead = new AtomicLong();
  long records;
  long errors;

  JobSink(InventorySink next, String host, Consumer<JobSink> report) {
    this.next = next;
    this.host = host;
    this.report = report;
  }

  @Override
  public void record(SoftwareRecord record) {
    SoftwareRecord withHost =
        record.host().isEmpty() && !host.isEmpty() ? withHost(record, host) : record;
    hosts.add(withHost.host());
    records++;
    next.record(withHost);
    if (records % REPORT_EVERY == 0) {
      report.accept(this);
    }
  }

  @Override
  public void error(InputError error) {
    errors++;
    next.error(error);
  }

  Set<String> hosts() {
    return hosts;
  }

  private static SoftwareRecord withHost(SoftwareRecord r, String host) {
    return new SoftwareRecord(
        r.kind(),
        host,
        r.name(),
        r.version(),
        r.publisher(),
        r.bundleId(),
        r.packageName(),
        r.purl(),
        r.cpe(),
        r.path(),
        r.parentName(),
        r.location());
  }
}
