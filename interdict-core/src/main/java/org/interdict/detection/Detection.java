package org.interdict.detection;

import java.util.List;
import java.util.Objects;
import org.interdict.catalog.Context;
import org.interdict.catalog.Product;
import org.interdict.catalog.Vendor;

/** A catalog product recognized in one record, in a context, with a confidence and its evidence. */
public record Detection(
    Product product,
    Vendor vendor,
    Context context,
    Confidence confidence,
    List<Evidence> evidence) {
  public Detection {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(confidence, "confidence");
    evidence = List.copyOf(evidence);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException("a detection needs evidence");
    }
  }
}
