package org.interdict.catalog;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The whole catalog at one version: immutable and thread-safe. Cross-references (a product's
 * vendor, a coverage's vendors, an obligation's profiles) are checked when it is built.
 */
public final class Catalog {
  private final String version;
  private final LocalDate released;
  private final List<Profile> profiles;
  private final List<Regime> regimes;
  private final List<Vendor> vendors;
  private final List<Product> products;
  private final Map<String, Profile> profilesById;
  private final Map<String, Regime> regimesById;
  private final Map<String, Vendor> vendorsById;
  private final Map<String, Product> productsById;
  private final String digest;

  public Catalog(
      String version,
      LocalDate released,
      List<Profile> profiles,
      List<Regime> regimes,
      List<Vendor> vendors,
      List<Product> products) {
    this(version, released, profiles, regimes, vendors, products, "");
  }

  /** As loaded from files whose SHA-256 is {@code digest} ({@link CatalogLoader}). */
  Catalog(
      String version,
      LocalDate released,
      List<Profile> profiles,
      List<Regime> regimes,
      List<Vendor> vendors,
      List<Product> products,
      String digest) {
    this.digest = digest;
    this.version = CatalogValues.required(version, "version", "catalog");
    this.released = released;
    this.profiles = List.copyOf(profiles);
    this.regimes = List.copyOf(regimes);
    this.vendors = List.copyOf(vendors);
    this.products = List.copyOf(products);
    this.profilesById = index(this.profiles, Profile::id, "profile");
    this.regimesById = index(this.regimes, Regime::id, "regime");
    for (Regime regime : this.regimes) {
      for (String altId : regime.altIds()) {
        if (regimesById.putIfAbsent(altId, regime) != null) {
          throw new CatalogException("regime alt id '" + altId + "' is already used");
        }
      }
    }
    this.vendorsById = index(this.vendors, Vendor::id, "vendor");
    this.productsById = index(this.products, Product::id, "product");
    CatalogValidator.validate(this);
  }

  private static <T> Map<String, T> index(List<T> values, Function<T, String> id, String what) {
    Map<String, T> byId = new LinkedHashMap<>();
    for (T value : values) {
      if (byId.put(id.apply(value), value) != null) {
        throw new CatalogException("duplicate " + what + " id '" + id.apply(value) + "'");
      }
    }
    return byId;
  }

  public String version() {
    return version;
  }

  /**
   * The SHA-256 (hex) of the files this catalog was loaded from, in the order read, each with its
   * path: what an evidence pack names as the catalog in force. "" for a catalog built in code.
   */
  public String digest() {
    return digest;
  }

  public Optional<LocalDate> released() {
    return Optional.ofNullable(released);
  }

  public List<Profile> profiles() {
    return profiles;
  }

  public List<Regime> regimes() {
    return regimes;
  }

  public List<Vendor> vendors() {
    return vendors;
  }

  public List<Product> products() {
    return products;
  }

  public Optional<Profile> profile(String id) {
    return Optional.ofNullable(profilesById.get(id));
  }

  /** A regime by id or by one of its old ids. */
  public Optional<Regime> regime(String id) {
    return Optional.ofNullable(regimesById.get(id));
  }

  public Optional<Vendor> vendor(String id) {
    return Optional.ofNullable(vendorsById.get(id));
  }

  public Optional<Product> product(String id) {
    return Optional.ofNullable(productsById.get(id));
  }
}
