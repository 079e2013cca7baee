package org.interdict.lists.un;

import java.util.List;
import java.util.Objects;
import org.interdict.model.Address;
import org.interdict.model.Identifier;

/**
 * One INDIVIDUAL or ENTITY element as the XML gives it. {@code nameParts} are
 * FIRST_NAME..FOURTH_NAME in order, blanks removed; {@code aliases} are ALIAS_NAME values of every
 * QUALITY (Good, Low, a.k.a., f.k.a.).
 */
public record UnEntry(
    boolean individual,
    long line,
    String dataId,
    String referenceNumber,
    List<String> nameParts,
    List<String> aliases,
    List<String> originalScriptNames,
    String listType,
    String listedOn,
    List<String> nationalities,
    List<Address> addresses,
    List<String> birthDates,
    List<Identifier> documents,
    String comments) {
  public UnEntry {
    Objects.requireNonNull(dataId, "dataId");
    Objects.requireNonNull(referenceNumber, "referenceNumber");
    nameParts = List.copyOf(nameParts);
    aliases = List.copyOf(aliases);
    originalScriptNames = List.copyOf(originalScriptNames);
    Objects.requireNonNull(listType, "listType");
    Objects.requireNonNull(listedOn, "listedOn");
    nationalities = List.copyOf(nationalities);
    addresses = List.copyOf(addresses);
    birthDates = List.copyOf(birthDates);
    documents = List.copyOf(documents);
    Objects.requireNonNull(comments, "comments");
  }
}
