package org.interdict.detection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.interdict.catalog.LegalEntity;
import org.interdict.catalog.Vendor;
import org.interdict.text.Ascii;
import org.interdict.text.LegalForms;

/**
 * Recognizes a vendor from a name, a publisher string, a bundle-id prefix, a purl namespace or a
 * CPE vendor. Publisher strings compare without legal forms ("AO Kaspersky Lab" equals "Kaspersky
 * Lab"). Thread-safe.
 */
final class VendorIndex {
  /**
   * Words ignored when comparing publishers besides the legal forms of {@link LegalForms}, the one
   * table of them.
   */
  private static final Set<String> FILLERS = Set.of("the", "group");

  private final Tokenizer tokenizer;
  private final Map<String, Vendor> byStem = new HashMap<>();
  private final Map<String, Vendor> byPublisher = new HashMap<>();
  private final Map<String, Vendor> byCpeVendor = new HashMap<>();
  private final List<Map.Entry<String, Vendor>> byBundlePrefix = new ArrayList<>();
  private final Map<String, Vendor> byPurlNamespace = new HashMap<>();

  VendorIndex(List<Vendor> vendors, Tokenizer tokenizer) {
    this.tokenizer = tokenizer;
    for (Vendor vendor : vendors) {
      for (String stem : vendor.stems()) {
        byStem.putIfAbsent(stem.toLowerCase(Locale.ROOT), vendor);
      }
    }
    for (Vendor vendor : vendors) {
      List<String> names = new ArrayList<>(vendor.publishers());
      names.add(vendor.name());
      names.addAll(vendor.aliases());
      for (LegalEntity entity : vendor.entities()) {
        names.add(entity.name());
        names.addAll(entity.aliases());
      }
      for (String name : names) {
        byPublisher.putIfAbsent(publisherKey(name), vendor);
        if (!Ascii.isAscii(name)) {
          byPublisher.putIfAbsent(publisherKey(Tokenizer.toLatin(name)), vendor);
        }
      }
      vendor.cpeVendors().forEach(v -> byCpeVendor.putIfAbsent(v.toLowerCase(Locale.ROOT), vendor));
      vendor
          .bundleIdPrefixes()
          .forEach(p -> byBundlePrefix.add(Map.entry(p.toLowerCase(Locale.ROOT), vendor)));
      vendor
          .purlNamespaces()
          .forEach(n -> byPurlNamespace.putIfAbsent(n.toLowerCase(Locale.ROOT), vendor));
    }
    byPublisher.remove("");
  }

  private String publisherKey(String publisher) {
    return publisherKey(tokenizer.tokens(publisher));
  }

  private static String publisherKey(List<String> tokens) {
    StringBuilder key = new StringBuilder();
    for (String token : tokens) {
      if (!ignoredInPublisher(token)) {
        key.append(key.length() == 0 ? "" : " ").append(token);
      }
    }
    return key.toString();
  }

  /** A legal form ({@code АО} arrives here in Cyrillic when the publisher is) or a filler word. */
  private static boolean ignoredInPublisher(String token) {
    if (FILLERS.contains(token)) {
      return true;
    }
    return LegalForms.isWrittenForm(Ascii.isAscii(token) ? token : Tokenizer.toLatin(token));
  }

  boolean isStem(String token) {
    return byStem.containsKey(token);
  }

  /** The vendor whose stem is one of the tokens. */
  Optional<Vendor> byTokens(List<String> tokens) {
    for (String token : tokens) {
      Vendor vendor = byStem.get(token);
      if (vendor != null) {
        return Optional.of(vendor);
      }
    }
    return Optional.empty();
  }

  /** The vendor a publisher string names, by stem or by one of its publisher and entity names. */
  Optional<Vendor> byPublisher(String publisher) {
    if (publisher.isEmpty()) {
      return Optional.empty();
    }
    List<String> tokens = tokenizer.tokens(publisher);
    Optional<Vendor> byStemToken = byTokens(tokens);
    if (byStemToken.isPresent()) {
      return byStemToken;
    }
    // The same tokens, not a second tokenization: a text asked for twice would be remembered by the
    // tokenizer
    // even in a stream where no publisher ever repeats.
    Vendor vendor = byPublisher.get(publisherKey(tokens));
    if (vendor == null && !Ascii.isAscii(publisher)) {
      String latin = Tokenizer.toLatin(publisher);
      vendor = byPublisher.get(publisherKey(latin));
      if (vendor == null) {
        return byTokens(tokenizer.tokens(latin));
      }
    }
    return Optional.ofNullable(vendor);
  }

  Optional<Vendor> byBundleId(String bundleId) {
    String lower = bundleId.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, Vendor> prefix : byBundlePrefix) {
      if (!lower.isEmpty() && lower.startsWith(prefix.getKey())) {
        return Optional.of(prefix.getValue());
      }
    }
    return Optional.empty();
  }

  Optional<Vendor> byPurlBase(String base) {
    for (String namespace : PackageUrls.namespaces(base)) {
      for (Map.Entry<String, Vendor> entry : byPurlNamespace.entrySet()) {
        String wanted = entry.getKey();
        if (namespace.equals(wanted) || namespace.startsWith(wanted + ".")) {
          return Optional.of(entry.getValue());
        }
      }
    }
    return Optional.empty();
  }

  Optional<Vendor> byCpeVendor(String vendorProduct) {
    int colon = vendorProduct.indexOf(':');
    return colon < 0
        ? Optional.empty()
        : Optional.ofNullable(byCpeVendor.get(vendorProduct.substring(0, colon)));
  }
}
