package org.interdict.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One run of {@code interdict ARGS...} in process, as a user runs it, with its exit code and both
 * outputs.
 */
public record CliRun(int exit, String out, String err) {
  public static CliRun of(String... args) {
    CommandLine cli = InterdictCommand.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return new CliRun(cli.execute(args), out.toString(), err.toString());
  }
}
