package org.interdict.inventory.osquery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What one result-log line says about itself; rows wait here until the query name and host are
 * known. Filled by {@link FastLogLine} or by the Jackson path of {@link LogLineParser}, which must
 * agree field for field. Not thread-safe; reset and reused per line.
 */
final class LogLine {
  String queryName = "";
  String hostIdentifier = "";
  String hostname = "";
  String decoratedHostname = "";
  String action = "";
  boolean rowsPartSeen;
  final List<Map<String, String>> rows = new ArrayList<>(16);
  final List<String> pointers = new ArrayList<>(16);

  void reset() {
    queryName = "";
    hostIdentifier = "";
    hostname = "";
    decoratedHostname = "";
    action = "";
    rowsPartSeen = false;
    rows.clear();
    pointers.clear();
  }

  void add(String pointer, Map<String, String> row) {
    pointers.add(pointer);
    rows.add(row);
  }

  String host() {
    if (!hostIdentifier.isEmpty()) {
      return hostIdentifier;
    }
    return hostname.isEmpty() ? decoratedHostname : hostname;
  }
}
