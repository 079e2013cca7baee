package org.interdict.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version written into the jar's manifest at build time. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = VersionProvider.class.getPackage().getImplementationVersion();
    return new String[] {"interdict " + (version == null ? "development" : version)};
  }
}
