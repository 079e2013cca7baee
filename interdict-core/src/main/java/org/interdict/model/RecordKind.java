package org.interdict.model;

/**
 * What kind of inventory entry a {@link SoftwareRecord} came from; ids appear in reports and never
 * change.
 */
public enum RecordKind {
  WINDOWS_PROGRAM("windows-program"),
  MACOS_APP("macos-app"),
  DEB_PACKAGE("deb-package"),
  RPM_PACKAGE("rpm-package"),
  ANDROID_PACKAGE("android-package"),
  BROWSER_EXTENSION("browser-extension"),
  PROCESS("process"),
  SERVICE("service"),
  SBOM_COMPONENT("sbom-component"),
  SOFTWARE("software");

  private final String id;

  RecordKind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }
}
