package org.interdict.lists;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.interdict.model.InputError;
import org.interdict.model.Party;

/**
 * What a source's mapper produced from one snapshot: parties, skipped parts, and the date the list
 * states.
 */
public record MappedList(
    List<Party> parties, List<InputError> errors, Optional<LocalDate> statedDate) {
  public MappedList {
    parties = List.copyOf(parties);
    errors = List.copyOf(errors);
    Objects.requireNonNull(statedDate, "statedDate");
  }
}
