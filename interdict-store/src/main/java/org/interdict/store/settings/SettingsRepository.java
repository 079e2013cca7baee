package org.interdict.store.settings;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Reads and writes {@code site_settings}. Stateless and thread-safe. */
public final class SettingsRepository {
  public Optional<String> get(Handle h, String key) {
    return h.createQuery("SELECT setting_value FROM site_settings WHERE setting_key = :key")
        .bind("key", key)
        .mapTo(String.class)
        .findOne();
  }

  public void put(Handle h, String key, String value, String by, Instant at) {
    int updated =
        h.createUpdate(
                "UPDATE site_settings SET setting_value = :value, updated_by = :by, updated_at = :at "
                    + "WHERE setting_key = :key")
            .bind("key", key)
            .bind("value", value)
            .bind("by", by)
            .bind("at", at.toEpochMilli())
            .execute();
    if (updated == 0) {
      h.createUpdate(
              "INSERT INTO site_settings (setting_key, setting_value, updated_by, updated_at) "
                  + "VALUES (:key, :value, :by, :at)")
          .bind("key", key)
          .bind("value", value)
          .bind("by", by)
          .bind("at", at.toEpochMilli())
          .execute();
    }
  }
}
