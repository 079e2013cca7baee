package org.interdict.screening;

import java.util.Set;
import org.interdict.text.ConsonantKey;

/**
 * What {@link PersonRules} read of one normalized token, computed once per token instead of once
 * per candidate pair: its kind as bits ({@link #of}) and its consonant skeleton. The index keeps
 * both per vocabulary token ({@link IndexData#personFlags}, filled on first use) and a query per
 * query token ({@link PersonQuery}), so scoring a candidate compares bits and interned keys and
 * never allocates, normalizes or scans suffix tables. Stateless.
 */
final class PersonTokens {
  /** "Son of" particles (bin = ibn = ben = ould): one kind, paired with each other. */
  static final int SON_OF = 1;

  /** "Daughter of" particles (bint = binti). */
  static final int DAUGHTER_OF = 1 << 1;

  /** Turkic "son of" / "daughter of", written after the father's name (oglu, kyzy). */
  static final int TURKIC = 1 << 2;

  /** Articles and nobiliary particles (al, de, van): never significant. */
  static final int PARTICLE = 1 << 3;

  /** Titles of office and address the normalization keeps (president, senor). */
  static final int TITLE = 1 << 4;

  /**
   * An East Slavic patronymic ending (-ovich, -evna, -ich...) on a token of six letters or more.
   */
  static final int PATRONYMIC_ENDING = 1 << 5;

  /** A Wade-Giles syllable ({@link WadeGiles#syllable} is not empty). */
  static final int SYLLABLE = 1 << 6;

  /** A Wade-Giles syllable with a spelling Pinyin lacks, so read even alone ({@code hsi}). */
  static final int MARKED = 1 << 7;

  /**
   * Two or three letters a-z, none a vowel or {@code y}: joined initials ({@code jc}, {@code jfk}).
   */
  static final int JOINED_INITIALS = 1 << 8;

  /**
   * One to three Pinyin syllables written as one word ({@link WadeGiles#mayBePinyin}): a token a
   * listed group of Wade-Giles syllables may read as.
   */
  static final int MAY_BE_PINYIN = 1 << 9;

  /** Set on every computed value, so 0 in a lazily filled table means "not yet computed". */
  static final int COMPUTED = 1 << 30;

  static final int CONNECTOR = SON_OF | DAUGHTER_OF;

  private static final Set<String> SON_OF_WORDS =
      Set.of("bin", "ibn", "ben", "bn", "ould", "walad");
  private static final Set<String> DAUGHTER_OF_WORDS = Set.of("bint", "binti", "bent", "bintu");
  private static final Set<String> TURKIC_WORDS =
      Set.of("ogly", "oglu", "ogli", "ugli", "uly", "uulu", "kyzy", "kizi", "qizi", "gizi", "kyz");
  private static final Set<String> PARTICLE_WORDS =
      Set.of(
          "al", "el", "ul", "ud", "ad", "as", "ash", "at", "az", "ar", "an", "de", "da", "di",
          "del", "der", "dos", "du", "la", "le", "van", "von");

  /**
   * Titles of office and address that {@code HonorificStep} keeps (changing it would change every
   * scorer's tokens), as the normalization writes them.
   */
  private static final Set<String> TITLE_WORDS =
      Set.of(
          "president",
          "presidente",
          "prasident",
          "praesident",
          "prezident",
          "prezydent",
          "monsieur",
          "mademoiselle",
          "senor",
          "senora",
          "senorita",
          "signor",
          "signore",
          "signora",
          "excellency",
          "honorable",
          "honourable",
          "ayatollah");

  private static final String[] PATRONYMIC_ENDINGS = {
    "ovich", "evich", "ovych", "evych", "ovitch", "evitch", "ovna", "evna", "ivna", "ichna",
    "inichna"
  };

  private PersonTokens() {}

  /** The particles of one connector kind ({@link #SON_OF} or {@link #DAUGHTER_OF}). */
  static Set<String> connectorWords(int kind) {
    return kind == SON_OF ? SON_OF_WORDS : DAUGHTER_OF_WORDS;
  }

  /** The kind bits of a normalized token, with {@link #COMPUTED} set. */
  static int of(String token) {
    int flags = COMPUTED;
    if (SON_OF_WORDS.contains(token)) {
      flags |= SON_OF;
    } else if (DAUGHTER_OF_WORDS.contains(token)) {
      flags |= DAUGHTER_OF;
    }
    if (TURKIC_WORDS.contains(token)) {
      flags |= TURKIC;
    }
    if (PARTICLE_WORDS.contains(token)) {
      flags |= PARTICLE;
    }
    if (TITLE_WORDS.contains(token)) {
      flags |= TITLE;
    }
    if (patronymicEnding(token)) {
      flags |= PATRONYMIC_ENDING;
    }
    if (!WadeGiles.syllable(token).isEmpty()) {
      flags |= SYLLABLE;
      if (WadeGiles.marked(token)) {
        flags |= MARKED;
      }
    }
    if (joinedInitials(token)) {
      flags |= JOINED_INITIALS;
    }
    if (WadeGiles.mayBePinyin(token)) {
      flags |= MAY_BE_PINYIN;
    }
    return flags;
  }

  /** The consonant skeleton {@link PersonRules} pairs vowel-only respellings by. */
  static String skeleton(String variantKey) {
    return ConsonantKey.of(variantKey);
  }

  private static boolean patronymicEnding(String token) {
    if (token.length() < 6) {
      return false;
    }
    for (String ending : PATRONYMIC_ENDINGS) {
      if (token.endsWith(ending)) {
        return true;
      }
    }
    // -ich alone (Ilyich, Kuzmich, Fomich): a patronymic too, and rarely a surname's ending
    return token.endsWith("ich") && !token.endsWith("vich");
  }

  private static boolean joinedInitials(String token) {
    if (token.length() < 2 || token.length() > 3) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < 'a' || c > 'z' || "aeiouy".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }
}
