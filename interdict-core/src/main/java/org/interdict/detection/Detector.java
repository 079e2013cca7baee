package org.interdict.detection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.interdict.catalog.Catalog;
import org.interdict.catalog.Product;
import org.interdict.catalog.Vendor;
import org.interdict.model.RecordKind;
import org.interdict.model.SoftwareRecord;
import org.interdict.text.Ascii;

/**
 * Recognizes catalog products in inventory records. Exact identifiers win over product names,
 * product names over a vendor's name or publisher alone (which yield the vendor's {@code
 * unclassified} product). Built once per catalog; immutable and thread-safe.
 */
public final class Detector {
  private final String catalogVersion;
  private final Tokenizer tokenizer;
  private final VendorIndex vendors;
  private final Map<String, List<NamePattern>> patternsByFirstToken = new HashMap<>();
  private final Map<String, Product> unclassifiedByVendor = new HashMap<>();
  private final Map<String, Vendor> vendorsById = new HashMap<>();
  private final IdentifierIndex bundleIds = new IdentifierIndex();
  private final IdentifierIndex packages = new IdentifierIndex();
  private final IdentifierIndex executables = new IdentifierIndex();
  private final IdentifierIndex services = new IdentifierIndex();
  private final IdentifierIndex extensions = new IdentifierIndex();
  private final IdentifierIndex cpes = new IdentifierIndex();
  private final List<Map.Entry<String, Product>> purlPrefixes = new ArrayList<>();

  private Detector(Catalog catalog) {
    this.catalogVersion = catalog.version();
    Map<Character, List<String>> stems = new HashMap<>();
    for (Vendor vendor : catalog.vendors()) {
      for (String stem : vendor.stems()) {
        String lower = stem.toLowerCase(Locale.ROOT);
        stems.computeIfAbsent(lower.charAt(0), c -> new ArrayList<>()).add(lower);
      }
    }
    this.tokenizer = new Tokenizer(stems);
    this.vendors = new VendorIndex(catalog.vendors(), tokenizer);
    catalog.vendors().forEach(v -> vendorsById.put(v.id(), v));
    for (Product product : catalog.products()) {
      // An unclassified product's name describes the fallback ("Kaspersky software
      // (unclassified)"), so only
      // its identifiers are indexed.
      boolean unclassified = product.category().equals("unclassified");
      if (unclassified) {
        unclassifiedByVendor.putIfAbsent(product.vendor(), product);
      }
      List<String> names = new ArrayList<>(product.identifiers().names());
      names.add(product.name());
      for (String name : unclassified ? List.<String>of() : names) {
        addPattern(product, name, name);
        if (!Ascii.isAscii(name)) {
          addPattern(product, name, Tokenizer.toLatin(name));
        }
      }
      bundleIds.add(product.identifiers().bundleIds(), product);
      packages.add(product.identifiers().linuxPackages(), product);
      packages.add(product.identifiers().androidPackages(), product);
      executables.add(product.identifiers().executables(), product);
      services.add(product.identifiers().services(), product);
      extensions.add(product.identifiers().browserExtensions(), product);
      cpes.add(product.identifiers().cpes(), product);
      product
          .identifiers()
          .purls()
          .forEach(p -> purlPrefixes.add(Map.entry(PackageUrls.base(p), product)));
    }
  }

  public static Detector of(Catalog catalog) {
    return new Detector(catalog);
  }

  public String catalogVersion() {
    return catalogVersion;
  }

  private void addPattern(Product product, String text, String tokenSource) {
    List<String> tokens = tokenizer.tokens(tokenSource);
    if (tokens.isEmpty()) {
      return;
    }
    List<String> exactWords = List.of();
    if (tokens.stream().allMatch(vendors::isStem)) {
      // A name made only of vendor-stem words ("KasperskyOS") would match every product of the
      // vendor once
      // stemmed, so it must match word for word.
      exactWords = tokenizer.words(tokenSource);
    }
    List<NamePattern> patterns =
        patternsByFirstToken.computeIfAbsent(tokens.get(0), t -> new ArrayList<>());
    for (NamePattern existing : patterns) {
      if (existing.tokens().equals(tokens) && existing.exactWords().equals(exactWords)) {
        return;
      }
    }
    patterns.add(new NamePattern(product, tokens, exactWords, text));
  }

  /** The product this record is, or none when nothing in the catalog identifies it. */
  public Optional<Detection> detect(SoftwareRecord record) {
    Signals signals = new Signals(record);
    identify(record, signals);
    List<String> nameTokens = tokenizer.tokens(record.name());
    signals.namePattern = bestPattern(nameTokens, record.name());
    Optional<Vendor> nameVendor = vendors.byTokens(nameTokens);
    if (signals.namePattern == null && nameVendor.isEmpty() && !Ascii.isAscii(record.name())) {
      List<String> latin = tokenizer.tokens(Tokenizer.toLatin(record.name()));
      signals.namePattern = bestPattern(latin, Tokenizer.toLatin(record.name()));
      nameVendor = vendors.byTokens(latin);
    }
    signals.nameVendor = nameVendor.orElse(null);
    signals.publisherVendor = vendors.byPublisher(record.publisher()).orElse(null);
    return signals.decide(this);
  }

  private void identify(SoftwareRecord record, Signals signals) {
    signals.identifier(
        bundleIds.find(record.bundleId()), "bundleId", record.bundleId(), "bundle-id");
    signals.identifier(
        packages.find(record.packageName()), "packageName", record.packageName(), "package");
    signals.identifier(
        extensions.find(record.bundleId()), "bundleId", record.bundleId(), "browser-extension");
    signals.identifier(
        extensions.find(record.packageName()),
        "packageName",
        record.packageName(),
        "browser-extension");
    if (!record.purl().isEmpty()) {
      String base = PackageUrls.base(record.purl());
      for (Map.Entry<String, Product> prefix : purlPrefixes) {
        if (!base.isEmpty()
            && (base.equals(prefix.getKey()) || base.startsWith(prefix.getKey() + "/"))) {
          signals.identifier(Optional.of(prefix.getValue()), "purl", record.purl(), "purl");
        }
      }
      vendors
          .byPurlBase(base)
          .ifPresent(v -> signals.vendorIdentifier(v, "purl", record.purl(), "purl-namespace"));
    }
    if (!record.cpe().isEmpty()) {
      String vendorProduct = PackageUrls.cpeVendorProduct(record.cpe());
      signals.identifier(cpes.find(vendorProduct), "cpe", record.cpe(), "cpe");
      vendors
          .byCpeVendor(vendorProduct)
          .ifPresent(v -> signals.vendorIdentifier(v, "cpe", record.cpe(), "cpe-vendor"));
    }
    vendors
        .byBundleId(record.bundleId())
        .ifPresent(
            v -> signals.vendorIdentifier(v, "bundleId", record.bundleId(), "bundle-id-prefix"));
    String executable = baseName(record.path());
    signals.identifier(executables.find(executable), "path", record.path(), "executable");
    if (record.kind() == RecordKind.PROCESS) {
      signals.identifier(executables.find(record.name()), "name", record.name(), "executable");
    }
    if (record.kind() == RecordKind.SERVICE) {
      signals.identifier(services.find(record.name()), "name", record.name(), "service");
    }
  }

  private static String baseName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return slash < 0 ? path : path.substring(slash + 1);
  }

  /** The longest catalog name occurring in the tokens; the earliest on a tie. */
  private NamePattern bestPattern(List<String> tokens, String text) {
    NamePattern best = null;
    List<String> words = null;
    for (int i = 0; i < tokens.size(); i++) {
      List<NamePattern> patterns = patternsByFirstToken.get(tokens.get(i));
      if (patterns == null) {
        continue;
      }
      for (NamePattern pattern : patterns) {
        if ((best == null || pattern.tokens().size() > best.tokens().size())
            && pattern.occursAt(tokens, i)) {
          if (!pattern.exactWords().isEmpty()) {
            words = words == null ? tokenizer.words(text) : words;
            if (java.util.Collections.indexOfSubList(words, pattern.exactWords()) < 0) {
              continue;
            }
          }
          best = pattern;
        }
      }
    }
    return best;
  }

  Vendor vendorOf(Product product) {
    return vendorsById.get(product.vendor());
  }

  Optional<Product> unclassified(Vendor vendor) {
    return Optional.ofNullable(unclassifiedByVendor.get(vendor.id()));
  }

  boolean mentions(String text, Vendor vendor) {
    if (vendors.byTokens(tokenizer.tokens(text)).filter(vendor::equals).isPresent()) {
      return true;
    }
    return vendors.byPublisher(text).filter(vendor::equals).isPresent();
  }
}
