package org.interdict.inventory.csv;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.interdict.inventory.CsvField;

/**
 * The column captions of common inventory exports, per record field, best first. Headers are
 * compared after {@link #normalize}, so "Device Name", "device_name" and "DeviceName" are one
 * caption.
 */
final class HeaderNames {
  private static final Map<CsvField, List<String>> KNOWN = new EnumMap<>(CsvField.class);

  static {
    KNOWN.put(
        CsvField.NAME,
        List.of(
            "applicationname",
            "displayname",
            "softwarename",
            "arpdisplayname0",
            "productname0",
            "displayname0",
            "appname",
            "programname",
            "productname",
            "application",
            "software",
            "program",
            "name",
            "title"));
    KNOWN.put(
        CsvField.PUBLISHER,
        List.of(
            "publisher",
            "softwarevendor",
            "softwarepublisher",
            "publisher0",
            "vendor",
            "manufacturer",
            "company",
            "applicationpublisher",
            "developer",
            "author"));
    KNOWN.put(
        CsvField.VERSION,
        List.of(
            "version",
            "softwareversion",
            "applicationversion",
            "displayversion",
            "productversion0",
            "displayversion0",
            "productversion",
            "appversion",
            "version0"));
    KNOWN.put(
        CsvField.HOST,
        List.of(
            "devicename",
            "computername",
            "hostname",
            "host",
            "netbiosname0",
            "assetname",
            "machinename",
            "computer",
            "device",
            "name0",
            "systemname",
            "endpoint",
            "fqdn"));
    KNOWN.put(
        CsvField.PATH,
        List.of(
            "installlocation",
            "installedlocation0",
            "installlocation0",
            "installpath",
            "installdir",
            "installdirectory",
            "path",
            "location"));
    KNOWN.put(
        CsvField.BUNDLE_ID,
        List.of("bundleid", "bundleidentifier", "applicationid", "appid", "identifier"));
    KNOWN.put(
        CsvField.PACKAGE_NAME,
        List.of(
            "packagename",
            "packagefamilyname",
            "productcode",
            "productcode0",
            "identifyingnumber",
            "pschildname",
            "package"));
    KNOWN.put(CsvField.PURL, List.of("purl", "packageurl"));
    KNOWN.put(CsvField.CPE, List.of("cpe", "cpe23", "productcodecpe", "cpe23uri"));
  }

  private HeaderNames() {}

  /**
   * Lower case (Locale.ROOT), letters and digits only: "Device Name", "device_name" and
   * "DEVICE-NAME" agree.
   */
  static String normalize(String header) {
    return CsvField.normalize(header);
  }

  /** The captions known for a field, normalized, best first. */
  static List<String> known(CsvField field) {
    return KNOWN.getOrDefault(field, List.of());
  }
}
