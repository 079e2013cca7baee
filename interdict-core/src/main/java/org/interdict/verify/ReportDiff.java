package org.interdict.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where two forms of a report differ, as JSON pointers two levels deep ({@link ReportParts}) with
 * the id of the finding or result there: what {@code verify} and {@code replay} print.
 */
public final class ReportDiff {
  private ReportDiff() {}

  /** The parts of {@code now} that differ from the part digests {@code before}. */
  public static List<String> places(Map<String, String> before, JsonNode now) {
    return places(before, ReportParts.of(now), pointer -> label(now.at(pointer)));
  }

  /** The same from a streaming pass over the current report, whose parts and labels it gives. */
  public static List<String> places(Map<String, String> before, ReportDigest now) {
    return places(before, now.parts(), pointer -> now.labels().getOrDefault(pointer, ""));
  }

  private static List<String> places(
      Map<String, String> before, Map<String, String> current, Function<String, String> label) {
    List<String> places = new ArrayList<>();
    for (var part : before.entrySet()) {
      String digest = current.get(part.getKey());
      if (digest == null) {
        places.add(part.getKey() + " removed");
      } else if (!digest.equals(part.getValue())
          && !hasDifferingChild(part.getKey(), before, current)) {
        places.add(part.getKey() + " changed" + label.apply(part.getKey()));
      }
    }
    for (String pointer : current.keySet()) {
      if (!before.containsKey(pointer)) {
        places.add(pointer + " added" + label.apply(pointer));
      }
    }
    return places;
  }

  public static List<String> places(JsonNode before, JsonNode now) {
    return places(ReportParts.of(before), now);
  }

  /**
   * A changed member is named by its deepest changed part only: /findings/3, not also /findings.
   */
  private static boolean hasDifferingChild(
      String pointer, Map<String, String> before, Map<String, String> now) {
    String prefix = pointer + "/";
    for (var part : before.entrySet()) {
      if (part.getKey().startsWith(prefix) && !part.getValue().equals(now.get(part.getKey()))) {
        return true;
      }
    }
    for (String key : now.keySet()) {
      if (key.startsWith(prefix) && !before.containsKey(key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The id of a changed finding or result, so a difference reads "/findings/3 changed (id
   * F-83b1...)".
   */
  private static String label(JsonNode part) {
    return StreamingDigest.label(part);
  }
}
