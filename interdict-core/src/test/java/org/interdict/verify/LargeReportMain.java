package org.interdict.verify;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Run in a child JVM with a small heap by {@link LargeReportTest}: sign, verify, or the whole-tree
 * canonical form.
 */
public final class LargeReportMain {
  private LargeReportMain() {}

  public static void main(String[] args) throws java.io.IOException {
    Path report = Path.of(args[1]);
    Path key = Path.of(args[2]);
    switch (args[0]) {
      case "sign" ->
          ReportSigner.sign(
              report,
              List.of(),
              new Invocation("scan", List.of(), report.getParent().toString()),
              SiteKeys.readPrivate(key),
              Clock.systemUTC());
      case "verify" -> {
        Verification v =
            ReportVerifier.verify(
                report,
                ReportSigner.signatureFile(report),
                Optional.of(SiteKeys.readPublic(key.resolveSibling(key.getFileName() + ".pub"))));
        System.out.println(v.verified() ? "verified" : "FAILED " + v.failures());
      }
      case "tree" ->
          System.out.println(
              JsonCanonicalizer.canonicalBytes(ReportSigner.readJson(report)).length);
      default -> throw new IllegalArgumentException(args[0]);
    }
  }
}
