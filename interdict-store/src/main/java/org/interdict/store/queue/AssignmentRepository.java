package org.interdict.store.queue;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Reads and writes {@code queue_assignments}: one assignee per hit subject. Stateless and
 * thread-safe.
 */
public final class AssignmentRepository {
  /** Sets (or replaces) the assignee of a subject; "" unassigns. */
  public void assign(
      Handle h, String subjectType, String subjectKey, String assignee, String by, Instant at) {
    int updated =
        h.createUpdate(
                "UPDATE queue_assignments SET assignee = :assignee, assigned_by = :by, at = :at "
                    + "WHERE subject_type = :type AND subject_key = :key")
            .bind("assignee", assignee)
            .bind("by", by)
            .bind("at", at.toEpochMilli())
            .bind("type", subjectType)
            .bind("key", subjectKey)
            .execute();
    if (updated == 0) {
      h.createUpdate(
              "INSERT INTO queue_assignments (subject_type, subject_key, assignee, assigned_by, at) "
                  + "VALUES (:type, :key, :assignee, :by, :at)")
          .bind("assignee", assignee)
          .bind("by", by)
          .bind("at", at.toEpochMilli())
          .bind("type", subjectType)
          .bind("key", subjectKey)
          .execute();
    }
  }

  /** Every assignee by subject type, "|", subject key ("" entries left out). */
  public Map<String, String> all(Handle h) {
    Map<String, String> found = new HashMap<>();
    h.createQuery(
            "SELECT subject_type, subject_key, assignee FROM queue_assignments WHERE assignee <> ''")
        .map(
            (rs, c) ->
                Map.entry(
                    rs.getString("subject_type") + "|" + rs.getString("subject_key"),
                    rs.getString("assignee")))
        .forEach(e -> found.put(e.getKey(), e.getValue()));
    return found;
  }
}
