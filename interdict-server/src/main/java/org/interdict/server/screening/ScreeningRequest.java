package org.interdict.server.screening;

import java.util.List;

/**
 * The options of a screening (docs/api.md): {@code name} is required for one name; every other field may be
 * null for its default. In a batch, {@code names} replaces {@code name}.
 */
record ScreeningRequest(
    String name, Double minScore, Integer limit, List<String> lists, List<String> types, List<String> programs,
    List<String> countries) {}
