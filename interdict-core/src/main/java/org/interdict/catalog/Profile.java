package org.interdict.catalog;

/** A kind of organization whose obligations differ, such as {@code us-person} or {@code us-federal-agency}. */
public record Profile(String id, String title, String description) {
  public Profile {
    id = Lists.required(id, "id", "profile");
    title = Lists.required(title, "title", "profile " + id);
    description = Lists.text(description);
  }
}
