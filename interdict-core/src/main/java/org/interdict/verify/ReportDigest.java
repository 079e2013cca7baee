package org.interdict.verify;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one streaming pass over a report yields ({@link StreamingDigest}): the RFC 8785 canonical
 * SHA-256 of the whole report, the part digests by JSON pointer (or element range, {@code
 * /findings/256-511}), a label for each part that has an id, and the small top-level members the
 * evidence is read from.
 */
public record ReportDigest(
    String sha256, Map<String, String> parts, Map<String, String> labels, ObjectNode kept) {
  public ReportDigest {
    Objects.requireNonNull(sha256, "sha256");
    // in document order, parents before children, as the signature lists them
    parts = Collections.unmodifiableMap(new LinkedHashMap<>(parts));
    labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    Objects.requireNonNull(kept, "kept");
  }
}
