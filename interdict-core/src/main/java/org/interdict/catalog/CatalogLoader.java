package org.interdict.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Loads a catalog from its index file {@code catalog.yaml}, which names the regime and vendor files
 * beside it. The bundled catalog lives in the jar; {@link #fromDirectory(Path)} loads a site's own
 * copy, so that a new ban is a data change. Unknown fields are rejected so that a typo in the data
 * never passes silently.
 */
public final class CatalogLoader {
  static final String BUNDLED_ROOT = "/org/interdict/catalog/data/";
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .registerModule(new JavaTimeModule())
          .registerModule(new Jdk8Module())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private CatalogLoader() {}

  /** The index file: version, release date, profiles, and the files holding regimes and vendors. */
  record Index(
      String version,
      LocalDate released,
      List<Profile> profiles,
      List<String> regimes,
      List<String> vendors) {}

  /** A vendor file: one vendor and its products. */
  record VendorFile(Vendor vendor, List<Product> products) {}

  interface Source {
    InputStream open(String relativePath) throws IOException;

    String describe(String relativePath);
  }

  /** The catalog bundled in the jar. */
  public static Catalog bundled() {
    return load(
        new Source() {
          @Override
          public InputStream open(String relativePath) throws IOException {
            InputStream stream =
                CatalogLoader.class.getResourceAsStream(BUNDLED_ROOT + relativePath);
            if (stream == null) {
              throw new IOException("not found in the jar");
            }
            return stream;
          }

          @Override
          public String describe(String relativePath) {
            return "bundled catalog " + relativePath;
          }
        });
  }

  /** A catalog in a directory holding {@code catalog.yaml}. */
  public static Catalog fromDirectory(Path directory) {
    return load(
        new Source() {
          @Override
          public InputStream open(String relativePath) throws IOException {
            return Files.newInputStream(directory.resolve(relativePath));
          }

          @Override
          public String describe(String relativePath) {
            return directory.resolve(relativePath).toString();
          }
        });
  }

  static Catalog load(Source source) {
    MessageDigest digest = sha256();
    Index index = read(source, "catalog.yaml", Index.class, digest);
    List<Regime> regimes = new ArrayList<>();
    for (String file : nonNull(index.regimes())) {
      regimes.add(read(source, file, Regime.class, digest));
    }
    List<Vendor> vendors = new ArrayList<>();
    List<Product> products = new ArrayList<>();
    for (String file : nonNull(index.vendors())) {
      VendorFile vendorFile = read(source, file, VendorFile.class, digest);
      if (vendorFile.vendor() == null) {
        throw new CatalogException(source.describe(file) + ": field 'vendor' is required");
      }
      vendors.add(vendorFile.vendor());
      for (Product product : nonNull(vendorFile.products())) {
        if (!product.vendor().equals(vendorFile.vendor().id())) {
          throw new CatalogException(
              source.describe(file)
                  + ": product "
                  + product.id()
                  + " names vendor '"
                  + product.vendor()
                  + "' but is in the file of vendor '"
                  + vendorFile.vendor().id()
                  + "'");
        }
        products.add(product);
      }
    }
    try {
      return new Catalog(
          index.version(),
          index.released(),
          nonNull(index.profiles()),
          regimes,
          vendors,
          products,
          HexFormat.of().formatHex(digest.digest()));
    } catch (CatalogException e) {
      // a reference between files broke: name the catalog it is in, as every other load error names
      // its file
      throw new CatalogException(source.describe("catalog.yaml") + ": " + e.getMessage(), e);
    }
  }

  private static <T> List<T> nonNull(List<T> values) {
    return values == null ? List.of() : values;
  }

  /**
   * Reads one file and adds it to {@code digest}: its path, a NUL, its length, a NUL and its bytes,
   * so that the digest names exactly the files read, in order, byte for byte.
   */
  private static <T> T read(Source source, String file, Class<T> type, MessageDigest digest) {
    try (InputStream input = source.open(file)) {
      byte[] bytes = input.readAllBytes();
      digest.update((file + "\0" + bytes.length + "\0").getBytes(StandardCharsets.UTF_8));
      digest.update(bytes);
      T value = YAML.readValue(bytes, type);
      if (value == null) {
        throw new CatalogException(source.describe(file) + ": the file is empty");
      }
      return value;
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
      throw new CatalogException(source.describe(file) + where + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new CatalogException(source.describe(file) + ": cannot read: " + e.getMessage(), e);
    } catch (CatalogException e) {
      throw new CatalogException(source.describe(file) + ": " + e.getMessage(), e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
