package org.interdict.screening;

import java.util.ArrayList;
import java.util.List;
import org.interdict.text.LegalForms;

/**
 * Canonical legal forms as bits of a long, so comparing a query's forms with a name's costs one
 * AND.
 */
final class LegalFormMask {
  private static final List<String> FORMS = LegalForms.CANONICAL.stream().sorted().toList();

  /** {@link LegalForms#EXCLUSIVE_FORMS} as masks. */
  private static final long[] EXCLUSIVE =
      LegalForms.EXCLUSIVE_FORMS.stream().mapToLong(forms -> of(List.copyOf(forms))).toArray();

  private LegalFormMask() {}

  /**
   * Whether two names carry legal forms that no translation explains: none in common, and two that
   * one legal system offers as alternatives ({@code ag} and {@code gmbh}).
   */
  static boolean exclusive(long one, long other) {
    if (one == 0 || other == 0 || (one & other) != 0) {
      return false;
    }
    for (long system : EXCLUSIVE) {
      if ((one & system) != 0 && (other & system) != 0) {
        return true;
      }
    }
    return false;
  }

  static long of(List<String> legalForms) {
    long mask = 0;
    for (String form : legalForms) {
      int bit = FORMS.indexOf(form);
      if (bit >= 0 && bit < 64) {
        mask |= 1L << bit;
      }
    }
    return mask;
  }

  static List<String> forms(long mask) {
    List<String> forms = new ArrayList<>(1);
    for (int bit = 0; bit < FORMS.size() && bit < 64; bit++) {
      if ((mask & (1L << bit)) != 0) {
        forms.add(FORMS.get(bit));
      }
    }
    return forms;
  }
}
