package org.interdict.model;

import java.util.Objects;

/**
 * One piece of software as an inventory describes it, before any catalog knowledge is applied.
 *
 * <p>Every text field is "" when the input did not give it, never null. {@code parentName} names
 * the product or component that contains this one (a nested SBOM component, a bundled engine) and
 * is "" at top level; detection uses it to report integrated components. Built with {@link
 * #builder(RecordKind, SourceLocation)}.
 */
public record SoftwareRecord(
    RecordKind kind,
    String host,
    String name,
    String version,
    String publisher,
    String bundleId,
    String packageName,
    String purl,
    String cpe,
    String path,
    String parentName,
    SourceLocation location) {

  public SoftwareRecord {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(bundleId, "bundleId");
    Objects.requireNonNull(packageName, "packageName");
    Objects.requireNonNull(purl, "purl");
    Objects.requireNonNull(cpe, "cpe");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(parentName, "parentName");
    Objects.requireNonNull(location, "location");
  }

  public static Builder builder(RecordKind kind, SourceLocation location) {
    return new Builder(kind, location);
  }

  /** Not thread-safe; one builder per record. Null arguments are stored as "". */
  public static final class Builder {
    private final RecordKind kind;
    private final SourceLocation location;
    private String host = "";
    private String name = "";
    private String version = "";
    private String publisher = "";
    private String bundleId = "";
    private String packageName = "";
    private String purl = "";
    private String cpe = "";
    private String path = "";
    private String parentName = "";

    private Builder(RecordKind kind, SourceLocation location) {
      this.kind = Objects.requireNonNull(kind, "kind");
      this.location = Objects.requireNonNull(location, "location");
    }

    private static String clean(String value) {
      return value == null ? "" : value.strip();
    }

    public Builder host(String value) {
      host = clean(value);
      return this;
    }

    public Builder name(String value) {
      name = clean(value);
      return this;
    }

    public Builder version(String value) {
      version = clean(value);
      return this;
    }

    public Builder publisher(String value) {
      publisher = clean(value);
      return this;
    }

    public Builder bundleId(String value) {
      bundleId = clean(value);
      return this;
    }

    public Builder packageName(String value) {
      packageName = clean(value);
      return this;
    }

    public Builder purl(String value) {
      purl = clean(value);
      return this;
    }

    public Builder cpe(String value) {
      cpe = clean(value);
      return this;
    }

    public Builder path(String value) {
      path = clean(value);
      return this;
    }

    public Builder parentName(String value) {
      parentName = clean(value);
      return this;
    }

    public SoftwareRecord build() {
      return new SoftwareRecord(
          kind,
          host,
          name,
          version,
          publisher,
          bundleId,
          packageName,
          purl,
          cpe,
          path,
          parentName,
          location);
    }
  }
}
