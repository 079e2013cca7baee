package org.interdict.lists.ofac;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pulls the facts screening needs out of OFAC's free-text Remarks: weak aliases ({@code a.k.a.
 * 'NAME'}), birth dates and nationalities. Everything else stays in the remarks text.
 */
final class Remarks {
  private static final Pattern WEAK_ALIAS = Pattern.compile("a\\.k\\.a\\.\\s*'([^']+)'");
  private static final Pattern BIRTH_DATE = Pattern.compile("(?:^|;\\s*)(DOB [^;]+?)\\.?(?=;|$)");
  private static final Pattern NATIONALITY =
      Pattern.compile("(?:^|;\\s*)(?:nationality|citizen) ([^;]+?)\\.?(?=;|$)");

  private Remarks() {}

  static List<String> weakAliases(String remarks) {
    return all(WEAK_ALIAS, remarks);
  }

  static List<String> birthDates(String remarks) {
    return all(BIRTH_DATE, remarks);
  }

  static List<String> nationalities(String remarks) {
    return all(NATIONALITY, remarks);
  }

  private static List<String> all(Pattern pattern, String remarks) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(remarks);
    while (matcher.find()) {
      String value = matcher.group(1).strip();
      if (!value.isEmpty() && !found.contains(value)) {
        found.add(value);
      }
    }
    return found;
  }
}
