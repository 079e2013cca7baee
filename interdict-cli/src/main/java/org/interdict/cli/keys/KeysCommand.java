package org.interdict.cli.keys;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.interdict.cli.ExitCodes;
import org.interdict.verify.SiteKey;
import org.interdict.verify.SiteKeys;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code interdict keys generate --output PREFIX}: a new Ed25519 site key. */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    versionProvider = org.interdict.cli.VersionProvider.class,
    description =
        "Manage site signing keys (Ed25519) for --sign and the server's audit checkpoints.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"2:no subcommand given (see 'interdict keys generate --help')"},
    subcommands = {KeysCommand.GenerateCommand.class})
public final class KeysCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  /** {@code keys generate}. */
  @Command(
      name = "generate",
      mixinStandardHelpOptions = true,
      versionProvider = org.interdict.cli.VersionProvider.class,
      description = {
        "Generate an Ed25519 key pair: PREFIX is the private key (PKCS#8 PEM followed by its public key; "
            + "permissions 600), PREFIX.pub the public key to give auditors. Existing files are never overwritten."
      },
      exitCodeListHeading = "Exit codes:%n",
      exitCodeList = {"0:written", "2:usage error, or a key file already exists"})
  static final class GenerateCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(
        names = {"-o", "--output"},
        required = true,
        paramLabel = "PREFIX",
        description = "Where to write the key.")
    Path output;

    @Override
    public Integer call() throws IOException {
      try {
        SiteKeys.write(SiteKeys.generate(), output);
      } catch (FileAlreadyExistsException e) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            e.getFile()
                + " exists; a key file is never "
                + "overwritten (remove it first, or choose another --output)");
      }
      SiteKey key = SiteKeys.readPrivate(output);
      spec.commandLine()
          .getOut()
          .printf(
              java.util.Locale.ROOT,
              "Wrote %s (private, keep it secret) and %s (public)%nKey fingerprint: %s%n",
              output,
              SiteKeys.publicFile(output),
              key.fingerprint());
      return ExitCodes.CLEAN;
    }
  }
}
