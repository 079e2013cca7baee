package org.interdict.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * Reports the version written into the jar's manifest at build time ("development" when run from
 * classes).
 */
public final class VersionProvider implements IVersionProvider {
  public static String version() {
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"interdict " + version()};
  }
}
