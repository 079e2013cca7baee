package org.interdict.cli;

import java.nio.file.Path;
import org.interdict.catalog.Catalog;
import org.interdict.catalog.CatalogLoader;
import picocli.CommandLine.Option;

/**
 * The {@code --catalog DIR} option shared by commands that use the catalog: bundled unless given.
 */
public final class CatalogOption {
  @Option(
      names = "--catalog",
      paramLabel = "DIR",
      description =
          "Catalog directory holding catalog.yaml (default: the catalog bundled in this version).")
  Path directory;

  public Catalog load() {
    return directory == null ? CatalogLoader.bundled() : CatalogLoader.fromDirectory(directory);
  }
}
