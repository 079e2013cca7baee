package org.interdict.lists;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How weak (low-quality) aliases are marked: they stay in {@link
 * org.interdict.model.Party#aliases()} so that screening finds them, and the remarks name them, as
 * OFAC's Remarks name its weak {@code a.k.a. 'NAME'}.
 */
public final class WeakAliases {
  private WeakAliases() {}

  /** {@code Weak aliases: 'A'; 'B'.}, or empty when there are none. */
  public static Optional<String> describe(List<String> weakAliases) {
    if (weakAliases.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        weakAliases.stream()
            .map(alias -> "'" + alias + "'")
            .collect(Collectors.joining("; ", "Weak aliases: ", ".")));
  }
}
