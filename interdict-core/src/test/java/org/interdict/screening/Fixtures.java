package org.interdict.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.interdict.model.Party;
import org.interdict.model.PartyType;
import org.interdict.model.SourceRef;

/**
 * Parties built by hand for screening tests, modelled on the curated Kaspersky snapshot and OFAC
 * entries.
 */
final class Fixtures {
  private Fixtures() {}

  static Party party(
      String listId,
      String entryId,
      PartyType type,
      String name,
      List<String> aliases,
      List<String> countries,
      List<String> programs) {
    return new Party(
        listId + ":" + entryId,
        type,
        name,
        aliases,
        List.of(),
        countries,
        programs,
        List.of(),
        List.of(),
        "",
        new SourceRef(listId, entryId, Optional.of(LocalDate.of(2024, 6, 21)), ""));
  }

  static Party entity(String listId, String entryId, String name, String... aliases) {
    return party(
        listId,
        entryId,
        PartyType.ENTITY,
        name,
        List.of(aliases),
        List.of("Russia"),
        List.of("EL"));
  }

  static Party person(String listId, String entryId, String name, String... aliases) {
    return party(
        listId,
        entryId,
        PartyType.INDIVIDUAL,
        name,
        List.of(aliases),
        List.of("Russia"),
        List.of("RUSSIA-EO14024"));
  }

  /**
   * The curated snapshot's shape: three Entity List entities and some of the designated executives.
   */
  static List<Party> kaspersky() {
    return List.of(
        entity(
            "interdict-curated",
            "ao-kaspersky-lab",
            "AO Kaspersky Lab",
            "ZAO Kaspersky Lab",
            "Kaspersky Lab ZAO",
            "Kaspersky Lab JSC",
            "Лаборатория Касперского",
            "АО «Лаборатория Касперского»"),
        entity("interdict-curated", "ooo-kaspersky-group", "OOO Kaspersky Group"),
        entity("interdict-curated", "kaspersky-labs-limited", "Kaspersky Labs Limited"),
        person("interdict-curated", "tikhonov-andrei-gennadyevich", "Andrei Gennadyevich TIKHONOV"),
        person("interdict-curated", "alekseeva-marina-mikhaylovna", "Marina Mikhaylovna ALEKSEEVA"),
        person("interdict-curated", "dukhvalov-andrey-petrovich", "Andrey Petrovich DUKHVALOV"),
        person(
            "interdict-curated",
            "astrakhan-kirill-aleksandrovich",
            "Kirill Aleksandrovich ASTRAKHAN"));
  }

  /** A few OFAC-like entries to screen against alongside the snapshot. */
  static List<Party> ofacLike() {
    return List.of(
        person("us-ofac-sdn", "1001", "PUTIN, Vladimir Vladimirovich", "Vladimir Putin"),
        person("us-ofac-sdn", "1002", "KASPAROV, Garry"),
        entity("us-ofac-sdn", "1003", "BANK ROSSIYA", "Rossiya Bank", "AB Rossiya"),
        person(
            "us-ofac-sdn", "1004", "AL-BAGHDADI, Abu Bakr", "Ibrahim Awwad Ibrahim Ali al-Badri"),
        entity("us-csl/entity-list", "2001", "Huawei Technologies Co., Ltd.", "Huawei"),
        entity(
            "un-sc-consolidated", "3001", "Korea Mining Development Trading Corporation", "KOMID"),
        person("us-ofac-sdn", "1005", "KHODORKOVSKY, Mikhail Borisovich"),
        person("us-ofac-sdn", "1006", "ZHANG, Wei"));
  }
}
