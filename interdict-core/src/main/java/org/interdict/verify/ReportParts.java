package org.interdict.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The SHA-256 of each part of a report two levels deep (each top-level member, each member or
 * element inside it, as RFC 6901 JSON pointers such as {@code /findings/3}), so that a failed check
 * names the part that changed without the signature growing with every leaf.
 */
public final class ReportParts {
  private ReportParts() {}

  public static Map<String, String> of(JsonNode report) {
    Map<String, String> parts = new LinkedHashMap<>();
    add(report, "", 0, parts);
    return parts;
  }

  private static void add(JsonNode node, String pointer, int depth, Map<String, String> parts) {
    if (depth > 0) {
      parts.put(pointer, Signatures.sha256(JsonCanonicalizer.canonicalBytes(node)));
    }
    if (depth == 2) {
      return;
    }
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        var field = it.next();
        add(field.getValue(), pointer + "/" + escape(field.getKey()), depth + 1, parts);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        add(node.get(i), pointer + "/" + i, depth + 1, parts);
      }
    }
  }

  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
