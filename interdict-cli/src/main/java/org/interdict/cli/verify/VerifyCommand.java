package org.interdict.cli.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.interdict.cli.ExitCodes;
import org.interdict.verify.ReportSigner;
import org.interdict.verify.ReportVerifier;
import org.interdict.verify.SiteKeys;
import org.interdict.verify.Verification;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code interdict verify REPORT [--key PUBLIC]}: checks a signed report and names what differs.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    versionProvider = org.interdict.cli.VersionProvider.class,
    description = {
      "Check a report signed with --sign (or a server evidence pack, whose signature is embedded): the signature in REPORT.sig, the report's canonical form (RFC 8785) and "
          + "every input, list and snapshot file it names that can be read here. A failure names the place that "
          + "differs (a JSON pointer into the report, or the file). See docs/verification.md."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:verified",
      "1:verification failed (each difference is listed)",
      "2:usage error, or the report, signature or key cannot be read",
      "3:internal error"
    })
public final class VerifyCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      paramLabel = "REPORT",
      description = "The signed report (its signature is REPORT.sig).")
  Path report;

  @Option(
      names = "--key",
      paramLabel = "PUBLIC",
      description =
          "The signer's public key (PREFIX.pub). Without it "
              + "the key embedded in the signature is used: the report is proven unchanged, not who signed it.")
  Path key;

  @Option(
      names = "--signature",
      paramLabel = "FILE",
      description = "The signature file (default: REPORT.sig).")
  Path signature;

  @Override
  public Integer call() {
    Path sig = signature != null ? signature : ReportSigner.signatureFile(report);
    if (signature == null && !Files.exists(sig) && Files.isRegularFile(report)) {
      Optional<JsonNode> embedded = EmbeddedSignature.read(report);
      if (embedded.isPresent()) {
        return EmbeddedSignature.verify(
            spec.commandLine().getOut(),
            report,
            embedded.get(),
            Optional.ofNullable(key).map(SiteKeys::readPublic));
      }
    }
    for (Path file : new Path[] {report, sig}) {
      if (!Files.isRegularFile(file)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            file
                + ": no such file"
                + (file == sig ? " (sign the report with --sign, or give --signature)" : ""));
      }
    }
    Verification result =
        ReportVerifier.verify(report, sig, Optional.ofNullable(key).map(SiteKeys::readPublic));
    PrintWriter out = spec.commandLine().getOut();
    result.failures().forEach(f -> out.println("FAILED " + f));
    result.notes().forEach(n -> out.println("note: " + n));
    if (result.verified()) {
      out.println(
          "Verified: "
              + report
              + " signed "
              + result.signedAt()
              + " by key "
              + result.keyFingerprint());
      return ExitCodes.CLEAN;
    }
    out.println("Verification failed: " + result.failures().size() + " difference(s) in " + report);
    return ExitCodes.FOUND;
  }
}
