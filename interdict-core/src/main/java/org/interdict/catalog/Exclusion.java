package org.interdict.catalog;

/** A product category a regime expressly leaves out, with the reason and where the text says so. */
public record Exclusion(String category, String reason, String citation) {
  public Exclusion {
    category = Lists.required(category, "category", "exclusion");
    reason = Lists.required(reason, "reason", "exclusion " + category);
    citation = Lists.text(citation);
  }
}
