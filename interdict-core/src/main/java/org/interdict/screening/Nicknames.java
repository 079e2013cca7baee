package org.interdict.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interdict.text.NamePipeline;
import org.interdict.text.VariantKey;

/**
 * Given names and their short forms ({@code william}/{@code bill}, {@code dmitriy}/{@code dima}) as
 * data: the resources under {@code org/interdict/screening/nicknames/} (sources and licences in
 * their NOTICE.md). Each full name and each short form is normalized by the standard pipeline and
 * looked up by its {@link VariantKey}, so {@code Dmitry}, {@code Dmitri} and {@code Dmitriy} are
 * one entry. Only a full name and one of its own short forms are equivalent: two short forms of one
 * name ({@code bob}/{@code rob}) are not, since the tables list forms that are rare or shared.
 * Loaded once, immutable, thread-safe.
 */
final class Nicknames {
  static final List<String> RESOURCES = List.of("nicknames/names.csv", "nicknames/hypocorisms.csv");

  private static final int[] NONE = new int[0];

  /** Per variant key: the id of the full name it is (or -1), then the full names it shortens. */
  record Forms(int fullName, int[] shortFor) {}

  private final Map<String, Forms> forms;

  private Nicknames(Map<String, Forms> forms) {
    this.forms = forms;
  }

  private static final class Holder {
    static final Nicknames STANDARD = load();
  }

  /** The shipped tables. */
  static Nicknames standard() {
    return Holder.STANDARD;
  }

  /**
   * Whether two tokens, given by their variant keys, are a full given name and one of its short
   * forms (either way round). Allocates nothing.
   */
  boolean equivalent(String key, String otherKey) {
    if (key.equals(otherKey)) {
      return false;
    }
    Forms one = forms.get(key);
    if (one == null) {
      return false;
    }
    Forms other = forms.get(otherKey);
    if (other == null) {
      return false;
    }
    return shortens(one, other) || shortens(other, one);
  }

  /** What the tables say of a token (by its variant key), null when they do not know it. */
  Forms forms(String key) {
    return forms.get(key);
  }

  /**
   * Whether a token whose {@link #forms} are {@code one} and a token with variant key {@code
   * otherKey} are a full given name and one of its short forms; one hash lookup.
   */
  boolean equivalent(Forms one, String otherKey) {
    Forms other = forms.get(otherKey);
    return other != null && other != one && (shortens(one, other) || shortens(other, one));
  }

  int size() {
    return forms.size();
  }

  private static boolean shortens(Forms shortForm, Forms fullForm) {
    return fullForm.fullName >= 0
        && Arrays.binarySearch(shortForm.shortFor, fullForm.fullName) >= 0;
  }

  private static Nicknames load() {
    NamePipeline pipeline = NamePipeline.standard();
    Map<String, Integer> fullIds = new HashMap<>();
    Map<String, int[]> shortFor = new HashMap<>();
    for (String resource : RESOURCES) {
      try (InputStream in = Nicknames.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(
              "nickname table " + resource + " is missing from the jar");
        }
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
          number++;
          if (line.isBlank() || line.startsWith("#") || line.startsWith("name1,")) {
            continue;
          }
          String[] fields = line.split(",", -1);
          if (fields.length != 3 || !fields[1].equals("has_nickname")) {
            throw new IllegalStateException(
                resource + ":" + number + ": expected name1,has_nickname,name2");
          }
          String fullToken = token(pipeline, fields[0]);
          String nickToken = token(pipeline, fields[2]);
          // a short form is shorter than its full name; the English table also lists the other
          // direction and forms of equal length (bill/william, bob/rob, bill/fred), which are not
          if (fullToken == null || nickToken == null || nickToken.length() >= fullToken.length()) {
            continue;
          }
          String full = VariantKey.of(fullToken);
          String nick = VariantKey.of(nickToken);
          if (full.equals(nick)) {
            continue;
          }
          int id = fullIds.computeIfAbsent(full, k -> fullIds.size());
          int[] known = shortFor.getOrDefault(nick, NONE);
          if (Arrays.binarySearch(known, id) < 0) {
            int[] grown = Arrays.copyOf(known, known.length + 1);
            grown[known.length] = id;
            Arrays.sort(grown);
            shortFor.put(nick, grown);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read nickname table " + resource, e);
      }
    }
    Map<String, Forms> forms = new HashMap<>();
    for (Map.Entry<String, Integer> full : fullIds.entrySet()) {
      forms.put(
          full.getKey(), new Forms(full.getValue(), shortFor.getOrDefault(full.getKey(), NONE)));
    }
    for (Map.Entry<String, int[]> nick : shortFor.entrySet()) {
      forms.putIfAbsent(nick.getKey(), new Forms(-1, nick.getValue()));
    }
    return new Nicknames(Map.copyOf(forms));
  }

  /** A one-token name after normalization, or null when it is not one token. */
  private static String token(NamePipeline pipeline, String name) {
    List<String> tokens = pipeline.normalize(name.strip()).tokens();
    return tokens.size() == 1 && tokens.get(0).length() > 1 ? tokens.get(0) : null;
  }
}
