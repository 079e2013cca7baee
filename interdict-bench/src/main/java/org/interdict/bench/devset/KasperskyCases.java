package org.interdict.bench.devset;

/**
 * Hand-written positives for the curated Kaspersky entries: (query, curated entry id, variant).
 * Spellings follow common romanisations; "Marina Alekseev" is the misspelling one press source
 * used.
 */
final class KasperskyCases {
  static final String[][] CASES = {
    {"Kaspersky Lab AO", "ao-kaspersky-lab", "legal-form"},
    {"Kaspersky Lab JSC", "ao-kaspersky-lab", "alias"},
    {"AO Kasperskiy Lab", "ao-kaspersky-lab", "transliteration"},
    {"Лаборатория Касперского", "ao-kaspersky-lab", "original-script"},
    {"Kaspersky Lab Joint Stock Company", "ao-kaspersky-lab", "legal-form"},
    {"Kaspersky Group LLC", "ooo-kaspersky-group", "legal-form"},
    {"Kaspersky Group Limited Liability Company", "ooo-kaspersky-group", "legal-form"},
    {"OOO Kasperski Group", "ooo-kaspersky-group", "transliteration"},
    {"Kaspersky Labs Ltd", "kaspersky-labs-limited", "legal-form"},
    {"kaspersky labs limited", "kaspersky-labs-limited", "case-punct"},
    {"Andrey Tikhonov", "tikhonov-andrei-gennadyevich", "transliteration"},
    {"TIKHONOV, Andrei Gennadyevich", "tikhonov-andrei-gennadyevich", "reorder"},
    {"Daniil Borschev", "borshchev-daniil-sergeyevich", "transliteration"},
    {"Andrei Yefremov", "efremov-andrei-anatolyevich", "transliteration"},
    {"Igor G. Chekunov", "chekunov-igor-gennadyevich", "initials"},
    {"Andrei Petrovich Dukhvalov", "dukhvalov-andrey-petrovich", "transliteration"},
    {"Andrei Suvorov", "suvorov-andrei-anatolyevich", "drop-token"},
    {"Denis Zenkin", "zenkin-denis-vladimirovich", "drop-token"},
    {"Marina Alekseev", "alekseeva-marina-mikhaylovna", "typo"},
    {"Marina Mikhailovna Alekseeva", "alekseeva-marina-mikhaylovna", "transliteration"},
    {"Mihail Gerber", "gerber-mikhail-yuryevich", "transliteration"},
    {"Mikhail Yurievich Gerber", "gerber-mikhail-yuryevich", "transliteration"},
    {"A. M. Ivanov", "ivanov-anton-mikhaylovich", "initials"},
    {"Kirill Astrakhan", "astrakhan-kirill-aleksandrovich", "drop-token"},
    {"Kirill Alexandrovich Astrahan", "astrakhan-kirill-aleksandrovich", "transliteration"},
    {"Anna Kulashova", "kulashova-anna-vladimirovna", "drop-token"},
    {"Ana Vladimirovna Kulashova", "kulashova-anna-vladimirovna", "typo"}
  };

  private KasperskyCases() {}
}
