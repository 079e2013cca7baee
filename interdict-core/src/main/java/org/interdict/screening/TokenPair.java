package org.interdict.screening;

import java.util.Objects;

/**
 * One aligned pair of normalized tokens: query token, list token, their similarity in [0, 1] and
 * the method ({@code exact}, {@code variant}, {@code fuzzy}, {@code initial}, {@code consonants}).
 */
public record TokenPair(String queryToken, String listToken, double similarity, String method) {
  public TokenPair {
    Objects.requireNonNull(queryToken, "queryToken");
    Objects.requireNonNull(listToken, "listToken");
    Objects.requireNonNull(method, "method");
  }
}
