package org.interdict.store.scans;

/**
 * How far a job has got: bytes of the upload read (of its total), records read, findings and input
 * errors.
 */
public record ScanProgress(
    long bytesRead, long totalBytes, long records, long findings, long errors) {
  public static ScanProgress start(long totalBytes) {
    return new ScanProgress(0, totalBytes, 0, 0, 0);
  }
}
