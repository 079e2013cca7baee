package org.interdict.cli.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** JSON for catalog entries: ISO dates, absent optionals left out. */
final class CatalogJson {
  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .registerModule(new Jdk8Module())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .setSerializationInclusion(
              com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT);

  private CatalogJson() {}

  /**
   * {@code catalog list --format json}: the ids and titles the table shows, schema {@code
   * interdict-catalog-list/1}.
   */
  static java.util.Map<String, Object> listing(org.interdict.catalog.Catalog catalog) {
    java.util.Map<String, Object> root = new java.util.LinkedHashMap<>();
    root.put("schema", "interdict-catalog-list/1");
    root.put("version", catalog.version());
    root.put("released", catalog.released().map(Object::toString).orElse(null));
    root.put(
        "regimes",
        catalog.regimes().stream()
            .map(
                r ->
                    ordered(
                        "id",
                        r.id(),
                        "kind",
                        r.kind().id(),
                        "title",
                        r.title(),
                        "citation",
                        r.citation()))
            .toList());
    root.put(
        "profiles",
        catalog.profiles().stream().map(p -> ordered("id", p.id(), "title", p.title())).toList());
    root.put(
        "vendors",
        catalog.vendors().stream()
            .map(
                v ->
                    ordered(
                        "id",
                        v.id(),
                        "name",
                        v.name(),
                        "products",
                        catalog.products().stream()
                            .filter(p -> p.vendor().equals(v.id()))
                            .map(
                                p ->
                                    ordered(
                                        "id", p.id(), "category", p.category(), "name", p.name()))
                            .toList()))
            .toList());
    return root;
  }

  private static java.util.Map<String, Object> ordered(Object... keysAndValues) {
    java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
