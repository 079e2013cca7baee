package org.interdict.server.screening;

import java.util.List;

/**
 * One name of a batch with the caller's id for it and, optionally, the screened party's features.
 */
record NamedQuery(
    String id,
    String name,
    List<String> birthDates,
    List<String> partyCountries,
    List<String> identifiers) {}
