package org.interdict.server.screening;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interdict.model.PartyFeatures;
import org.interdict.model.PartyIdentifier;
import org.interdict.model.PartyType;
import org.interdict.screening.ScreeningQuery;

/**
 * The features a screening query carried, as stored with the screening (V59) and shown by the
 * history and the evidence pack: {@code birthDates} as the caller wrote them, {@code countries} as
 * ISO codes, {@code identifiers} with their kind, and {@code partyType}; a feature not given is
 * left out, so a name-only query is {@code {}}. Stateless.
 */
public final class QueryFeaturesView {
  private QueryFeaturesView() {}

  public static Map<String, Object> of(ScreeningQuery query) {
    PartyFeatures features = query.features();
    Map<String, Object> view = new LinkedHashMap<>();
    if (!features.birthDates().isEmpty()) {
      view.put("birthDates", features.birthDates().stream().map(d -> d.raw()).toList());
    }
    if (!features.allCountries().isEmpty()) {
      view.put("countries", features.allCountries());
    }
    if (!features.identifiers().isEmpty()) {
      List<Map<String, String>> identifiers =
          features.identifiers().stream().map(QueryFeaturesView::identifier).toList();
      view.put("identifiers", identifiers);
    }
    if (query.partyType() != PartyType.UNKNOWN) {
      view.put("partyType", query.partyType().id());
    }
    return view;
  }

  private static Map<String, String> identifier(PartyIdentifier id) {
    Map<String, String> view = new LinkedHashMap<>();
    view.put("type", id.kind().id());
    view.put("value", id.rawValue());
    if (!id.country().isEmpty()) {
      view.put("country", id.country());
    }
    return view;
  }
}
