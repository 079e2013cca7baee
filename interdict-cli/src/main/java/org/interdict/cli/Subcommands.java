package org.interdict.cli;

import java.util.List;

/** The subcommands of {@code interdict}, in the order --help lists them. */
final class Subcommands {
  private Subcommands() {}

  static List<Object> all() {
    return List.of(
        new org.interdict.cli.scan.ScanCommand(),
        new org.interdict.cli.screen.ScreenCommand(),
        new org.interdict.cli.catalog.CatalogCommand(),
        new org.interdict.cli.lists.ListsCommand(),
        new org.interdict.cli.serve.ServeCommand(),
        new org.interdict.cli.rescreen.RescreenCommand(),
        new org.interdict.cli.keys.KeysCommand(),
        new org.interdict.cli.verify.VerifyCommand(),
        new org.interdict.cli.audit.AuditCommand(),
        new org.interdict.cli.replay.ReplayCommand(),
        new org.interdict.cli.config.ConfigCommand(),
        new org.interdict.cli.config.CompletionCommand(),
        new org.interdict.cli.compare.CompareCommand());
  }
}
