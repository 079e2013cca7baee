package org.interdict.screening;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interdict.text.NamePipeline;
import org.interdict.text.VariantKey;

/**
 * Given names and their short forms ({@code william}/{@code bill}, {@code dmitriy}/{@code dima}) as
 * data: the resources under {@code org/interdict/screening/nicknames/} (sources and licences in
 * their NOTICE.md). Each full name and each short form is normalized by the standard pipeline and
 * looked up by its {@link VariantKey} (shipped normalized, {@link #NORMALIZED}), so {@code Dmitry},
 * {@code Dmitri} and {@code Dmitriy} are one entry. Only a full name and one of its own short forms
 * are equivalent: two short forms of one name ({@code bob}/{@code rob}) are not, since the tables
 * list forms that are rare or shared. Loaded once, immutable, thread-safe.
 */
final class Nicknames {
  static final List<String> RESOURCES = List.of("nicknames/names.csv", "nicknames/hypocorisms.csv");

  private static final int[] NONE = new int[0];

  /** Per variant key: the id of the full name it is (or -1), then the full names it shortens. */
  record Forms(int fullName, int[] shortFor) {}

  /**
   * The tables already normalized ({@link #table}), so the first query does not normalize 5,000
   * names: generated from {@link #RESOURCES} and checked against them by {@code NicknamesTest}.
   */
  static final String NORMALIZED = "nicknames/normalized.txt";

  private final Map<String, Forms> forms;

  /** By full-name id: its variant key, and the variant keys of its short forms. */
  private final String[] fullKeys;

  private final String[][] shortKeys;

  private Nicknames(Map<String, Forms> forms, String[] fullKeys, String[][] shortKeys) {
    this.forms = forms;
    this.fullKeys = fullKeys;
    this.shortKeys = shortKeys;
  }

  private static final class Holder {
    static final Nicknames STANDARD = fromTable(readResource(NORMALIZED));
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

  /**
   * The variant keys of every token {@link #equivalent} to one whose forms are {@code one}: its
   * full names, and its short forms when it is a full name.
   */
  String[] equivalentKeys(Forms one) {
    String[] own = one.fullName >= 0 ? shortKeys[one.fullName] : new String[0];
    String[] keys = Arrays.copyOf(own, own.length + one.shortFor.length);
    for (int i = 0; i < one.shortFor.length; i++) {
      keys[own.length + i] = fullKeys[one.shortFor[i]];
    }
    return keys;
  }

  /**
   * The tables as normalized text, one line per full name in id order: its variant key, then the
   * variant keys of its short forms, separated by spaces ({@link #NORMALIZED}).
   */
  String table() {
    StringBuilder text =
        new StringBuilder(
            "# Generated from "
                + String.join(" and ", RESOURCES)
                + " by NicknamesTest (-Dinterdict.golden.update=true): full name, then its short"
                + " forms, as variant keys of the standard pipeline's tokens. Do not edit.\n");
    for (int id = 0; id < fullKeys.length; id++) {
      text.append(fullKeys[id]);
      for (String key : shortKeys[id]) {
        text.append(' ').append(key);
      }
      text.append('\n');
    }
    return text.toString();
  }

  /** Reads {@link #table}'s text back. */
  static Nicknames fromTable(String table) {
    List<String> fulls = new ArrayList<>();
    List<String[]> shorts = new ArrayList<>();
    for (String line : table.split("\n", -1)) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] keys = line.split(" ", -1);
      fulls.add(keys[0]);
      shorts.add(Arrays.copyOfRange(keys, 1, keys.length));
    }
    return of(fulls, shorts);
  }

  /** The tables normalized from their sources {@link #RESOURCES} by {@code pipeline}. */
  static Nicknames fromSources(NamePipeline pipeline) {
    Map<String, Integer> fullIds = new LinkedHashMap<>();
    Map<Integer, Set<String>> shortsOf = new HashMap<>();
    for (String resource : RESOURCES) {
      int number = 0;
      for (String line : readResource(resource).split("\n", -1)) {
        number++;
        if (line.isBlank() || line.startsWith("#") || line.startsWith("name1,")) {
          continue;
        }
        String[] fields = line.strip().split(",", -1);
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
        shortsOf.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(nick);
      }
    }
    List<String[]> shorts = new ArrayList<>();
    for (int id = 0; id < fullIds.size(); id++) {
      shorts.add(shortsOf.getOrDefault(id, Set.of()).toArray(new String[0]));
    }
    return of(new ArrayList<>(fullIds.keySet()), shorts);
  }

  private static Nicknames of(List<String> fulls, List<String[]> shorts) {
    Map<String, int[]> shortFor = new HashMap<>();
    for (int id = 0; id < fulls.size(); id++) {
      for (String nick : shorts.get(id)) {
        int[] known = shortFor.getOrDefault(nick, NONE);
        // ids grow, so appending keeps each array sorted
        int[] grown = Arrays.copyOf(known, known.length + 1);
        grown[known.length] = id;
        shortFor.put(nick, grown);
      }
    }
    Map<String, Forms> forms = new HashMap<>();
    for (int id = 0; id < fulls.size(); id++) {
      forms.put(fulls.get(id), new Forms(id, shortFor.getOrDefault(fulls.get(id), NONE)));
    }
    for (Map.Entry<String, int[]> nick : shortFor.entrySet()) {
      forms.putIfAbsent(nick.getKey(), new Forms(-1, nick.getValue()));
    }
    return new Nicknames(
        Map.copyOf(forms), fulls.toArray(new String[0]), shorts.toArray(new String[0][]));
  }

  private static String readResource(String resource) {
    try (InputStream in = Nicknames.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("nickname table " + resource + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read nickname table " + resource, e);
    }
  }

  private static boolean shortens(Forms shortForm, Forms fullForm) {
    return fullForm.fullName >= 0
        && Arrays.binarySearch(shortForm.shortFor, fullForm.fullName) >= 0;
  }

  /** A one-token name after normalization, or null when it is not one token. */
  private static String token(NamePipeline pipeline, String name) {
    List<String> tokens = pipeline.normalize(name.strip()).tokens();
    return tokens.size() == 1 && tokens.get(0).length() > 1 ? tokens.get(0) : null;
  }
}
