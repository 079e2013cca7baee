package org.interdict.cli.catalog;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.interdict.catalog.Catalog;
import org.interdict.catalog.Product;
import org.interdict.catalog.Profile;
import org.interdict.catalog.Regime;
import org.interdict.catalog.Vendor;
import org.interdict.cli.CatalogOption;
import org.interdict.cli.ExitCodes;
import org.interdict.cli.OutputOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code interdict catalog list | show ID}: what the catalog knows, for people and for scripts. */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    versionProvider = org.interdict.cli.VersionProvider.class,
    description = "List or show the regimes, profiles, vendors and products of the catalog.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:listed or shown",
      "2:usage error: no such subcommand or id, or a catalog directory that cannot be read",
      "3:internal error (a bug; --debug prints the stack trace)"
    },
    subcommands = {CatalogCommand.ListCommand.class, CatalogCommand.ShowCommand.class})
public final class CatalogCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return ExitCodes.USAGE;
  }

  /** {@code catalog list}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List regimes, profiles, vendors, products.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:listed",
        "2:usage error: a catalog directory that cannot be read",
        "3:internal error (a bug; --debug prints the stack trace)"
      })
  static final class ListCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CatalogOption catalogOption;
    @Mixin OutputOption output;

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        defaultValue = "table",
        description = "table or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws Exception {
      if (!format.equals("table") && !format.equals("json")) {
        throw new ParameterException(
            spec.commandLine(),
            "--format: '" + format + "' is not a format; expected " + "table or json");
      }
      Catalog catalog = catalogOption.load();
      return output.write(
          spec.commandLine().getOut(),
          out -> {
            if (format.equals("json")) {
              out.println(CatalogJson.MAPPER.writeValueAsString(CatalogJson.listing(catalog)));
            } else {
              table(catalog, out);
            }
            return ExitCodes.CLEAN;
          });
    }

    private static void table(Catalog catalog, PrintWriter out) {
      out.println(
          "Catalog "
              + catalog.version()
              + catalog.released().map(d -> " released " + d).orElse(""));
      out.println();
      out.println("Regimes:");
      for (Regime regime : catalog.regimes()) {
        out.printf(
            Locale.ROOT,
            "  %-28s %-8s %s (%s)%n",
            regime.id(),
            regime.kind().id(),
            regime.title(),
            regime.citation());
      }
      out.println();
      out.println("Profiles:");
      for (Profile profile : catalog.profiles()) {
        out.printf(Locale.ROOT, "  %-28s %s%n", profile.id(), profile.title());
      }
      out.println();
      out.println("Vendors and products:");
      for (Vendor vendor : catalog.vendors()) {
        out.printf(Locale.ROOT, "  %s (%s)%n", vendor.name(), vendor.id());
        for (Product product : catalog.products()) {
          if (product.vendor().equals(vendor.id())) {
            out.printf(
                Locale.ROOT,
                "    %-40s %-20s %s%n",
                product.id(),
                product.category(),
                product.name());
          }
        }
      }
    }
  }

  /** {@code catalog show ID}. */
  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "Show one regime, profile, vendor or product by id, as JSON.",
      exitCodeListHeading = "%nExit codes:%n",
      exitCodeList = {
        "0:shown",
        "2:usage error: no regime, profile, vendor or product has that id, or a bad catalog directory",
        "3:internal error (a bug; --debug prints the stack trace)"
      })
  static final class ShowCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin CatalogOption catalogOption;
    @Mixin OutputOption output;

    @Parameters(paramLabel = "ID", description = "A regime, profile, vendor or product id.")
    String id;

    @Override
    public Integer call() throws Exception {
      Catalog catalog = catalogOption.load();
      Object found =
          catalog
              .regime(id)
              .map(Object.class::cast)
              .or(() -> catalog.product(id))
              .or(() -> catalog.vendor(id))
              .or(() -> catalog.profile(id))
              .orElse(null);
      if (found == null) {
        spec.commandLine()
            .getErr()
            .println(
                "interdict: no regime, profile, vendor or product has id '"
                    + id
                    + "'; see `interdict catalog list`");
        return ExitCodes.USAGE;
      }
      String json = CatalogJson.MAPPER.writeValueAsString(found);
      return output.write(
          spec.commandLine().getOut(),
          out -> {
            out.println(json);
            return ExitCodes.CLEAN;
          });
    }
  }
}
