package org.interdict.catalog;

/**
 * A kind of organization whose obligations differ, such as {@code us-person} or {@code
 * us-federal-agency}.
 */
public record Profile(String id, String title, String description) {
  public Profile {
    id = CatalogValues.required(id, "id", "profile");
    title = CatalogValues.required(title, "title", "profile " + id);
    description = CatalogValues.text(description);
  }
}
