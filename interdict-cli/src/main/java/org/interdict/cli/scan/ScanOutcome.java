package org.interdict.cli.scan;

import java.io.PrintWriter;
import java.util.Locale;
import org.interdict.cli.ExitCodes;
import org.interdict.cli.Verbosity;
import org.interdict.model.InputError;
import org.interdict.scan.ScanResult;
import org.interdict.text.TerminalText;

/**
 * The exit code of a finished scan and what stderr says about input errors. 1 whenever a finding
 * has a status of {@code --fail-on} (by default any covering status; the report is complete, its
 * errors are listed in it); otherwise 2 when some input, or part of one, could not be read, because
 * a partly read inventory is not a clean one; otherwise 0. Every format gets the error count on
 * stderr; CSV, which has no place for errors, also gets the first {@link #LISTED} of them.
 */
final class ScanOutcome {
  static final int LISTED = 10;

  private ScanOutcome() {}

  static int exitCode(ScanResult result, String format, FailOn failOn, PrintWriter err) {
    long errors = result.summary().errors();
    if (errors > 0) {
      err.println(
          String.format(
                  Locale.ROOT,
                  "interdict: %,d input error%s: the report covers only what could be " + "read",
                  errors,
                  errors == 1 ? "" : "s")
              + (format.equals("csv") ? ":" : " (listed in the report)."));
      if (format.equals("csv")) {
        for (InputError error :
            result.errors().subList(0, Math.min(LISTED, result.errors().size()))) {
          err.println("  " + TerminalText.sanitize(error.toString()));
        }
        if (errors > LISTED) {
          err.println("  ... and " + (errors - LISTED) + " more (all of them with --format json)");
        }
      }
    }
    int exit;
    if (result.nothingRead()) {
      err.println("interdict: no input could be read");
      exit = ExitCodes.USAGE;
    } else if (failOn.fails(result.summary())) {
      exit = ExitCodes.FOUND;
    } else if (result.incomplete()) {
      err.println(
          "interdict: nothing covered was found in what could be read, but the unread part was not "
              + "checked; exit 2");
      exit = ExitCodes.USAGE;
    } else {
      if (result.anyCovered() && !failOn.equals(FailOn.defaults())) {
        Verbosity.notes(err)
            .println(
                "interdict: covered findings, but none with a status of --fail-on "
                    + failOn.describe()
                    + "; exit 0");
      }
      exit = ExitCodes.CLEAN;
    }
    err.flush();
    return exit;
  }
}
