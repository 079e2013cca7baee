package org.interdict.cli.rescreen;

import java.util.List;
import org.interdict.screening.delta.DeltaResult;
import org.interdict.screening.delta.HitChange;
import org.interdict.screening.delta.ListChange;

/**
 * Everything {@code rescreen} reports: the lists on each side, the change, the delta counts and the
 * hit changes.
 */
record RescreenReport(
    List<String> listsBefore,
    List<String> listsAfter,
    ListChange change,
    DeltaResult delta,
    List<HitChange> changes,
    double minScore) {}
