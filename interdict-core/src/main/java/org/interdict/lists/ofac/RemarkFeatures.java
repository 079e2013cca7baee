package org.interdict.lists.ofac;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interdict.model.Address;
import org.interdict.model.PartyFeatures;
import org.interdict.model.PartyType;

/**
 * The typed features of one OFAC legacy entry (SDN and non-SDN), read from the fields the format
 * carries: the Remarks' {@code DOB}, {@code nationality}, {@code citizen}, {@code Gender} and
 * identifier segments ({@code Passport 1084010 (Egypt)}, {@code Tax ID No. 7702070139 (Russia)},
 * {@code Vessel Registration Identification IMO 9187629}, {@code Digital Currency Address - XBT
 * 1Ab...}), the address countries, the call sign and, for vessels, the flag. Stateless and
 * thread-safe.
 */
final class RemarkFeatures {
  /**
   * Labels OFAC puts before identifier values, longest first so {@code National ID No.} wins over
   * shorter ones.
   */
  private static final List<String> LABELS =
      List.of(
          "Vessel Registration Identification IMO",
          "Unified Social Credit Code (USCC)",
          "Business Registration Number",
          "Commercial Registry Number",
          "Digital Currency Address - [A-Z0-9]+",
          "Identification Number IMO",
          "Aircraft Tail Number",
          "Legal Entity Number",
          "Registration Number",
          "Identification Number",
          "Personal ID Card",
          "National ID No.",
          "Driver's License No.",
          "Folio Mercantil No.",
          "Residency Number",
          "Company Number",
          "Registration ID",
          "V.A.T. Number",
          "Tax ID No.",
          "Cedula No.",
          "C.U.R.P.",
          "R.F.C.",
          "SWIFT/BIC",
          "Passport",
          "MMSI",
          "NIT #",
          "RUC #",
          "D.N.I.",
          "IMO");

  private static final Pattern IDENTIFIER =
      Pattern.compile(
          "^(?:alt\\. )?("
              + String.join("|", LABELS.stream().map(RemarkFeatures::quote).toList())
              + ")\\s+([^\\s(;]+(?: [0-9][^\\s(;]*)?)"
              + "(?:\\s*\\(([^)]+)\\))?");
  private static final Pattern SEGMENT = Pattern.compile(";\\s*");

  private RemarkFeatures() {}

  static PartyFeatures of(
      String remarks, List<Address> addresses, PartyType type, String callSign, String flag) {
    PartyFeatures.Builder features = PartyFeatures.builder().addresses(addresses);
    for (String raw : SEGMENT.split(remarks)) {
      String segment = raw.strip();
      if (segment.endsWith(".")) {
        segment = segment.substring(0, segment.length() - 1);
      }
      String lower = segment.toLowerCase(Locale.ROOT);
      if (lower.startsWith("dob ") || lower.startsWith("alt. dob ")) {
        features.birthDate(segment);
      } else if (lower.startsWith("nationality ") || lower.startsWith("alt. nationality ")) {
        features.nationality(segment.substring(segment.indexOf("ationality ") + 11));
      } else if (lower.startsWith("citizen ") || lower.startsWith("alt. citizen ")) {
        features.citizenship(segment.substring(segment.indexOf("itizen ") + 7));
      } else if (lower.startsWith("gender ")) {
        features.gender(segment.substring(7));
      } else {
        Matcher identifier = IDENTIFIER.matcher(segment);
        if (identifier.find()) {
          String country = identifier.group(3) == null ? "" : identifier.group(3);
          features.identifier(identifier.group(1), identifier.group(2), country);
          if (type != PartyType.INDIVIDUAL
              && identifier.group(1).contains("Regist")
              && !country.isEmpty()) {
            features.registrationCountry(country);
          }
        }
      }
    }
    if (!callSign.isEmpty()) {
      features.identifier("call-sign", callSign, "");
    }
    if (type == PartyType.VESSEL && !flag.isEmpty()) {
      features.registrationCountry(flag);
    }
    return features.build();
  }

  private static String quote(String label) {
    return label.contains("[") ? label.replace(".", "\\.") : Pattern.quote(label);
  }
}
