package org.interdict.detection;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.interdict.catalog.Product;

/**
 * Exact, case-insensitive lookups from one kind of identifier (bundle id, package, executable...)
 * to the product that declares it. The first product to declare an identifier keeps it.
 */
final class IdentifierIndex {
  private final Map<String, Product> products = new HashMap<>();

  void add(List<String> identifiers, Product product) {
    for (String identifier : identifiers) {
      products.putIfAbsent(key(identifier), product);
    }
  }

  Optional<Product> find(String identifier) {
    if (identifier.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(products.get(key(identifier)));
  }

  private static String key(String identifier) {
    return identifier.strip().toLowerCase(Locale.ROOT);
  }
}
