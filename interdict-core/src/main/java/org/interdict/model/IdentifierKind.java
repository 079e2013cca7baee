package org.interdict.model;

import java.util.Locale;

/**
 * The kind of an identifying number, so the same document compares across lists that label it
 * differently ({@code Passport}, {@code Passport No.}, {@code PASSPORT}). Ids appear in outputs and
 * in {@code --identifier TYPE:VALUE}.
 */
public enum IdentifierKind {
  PASSPORT("passport"),
  NATIONAL_ID("national-id"),
  TAX_ID("tax-id"),
  REGISTRATION("registration"),
  IMO("imo"),
  MMSI("mmsi"),
  SWIFT_BIC("swift-bic"),
  LEI("lei"),
  CRYPTO_ADDRESS("crypto-address"),
  CALL_SIGN("call-sign"),
  AIRCRAFT("aircraft"),
  OTHER("other");

  private final String id;

  IdentifierKind(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** Parses an id such as {@code passport}; rejects unknown ids rather than guessing. */
  public static IdentifierKind fromId(String id) {
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    for (IdentifierKind kind : values()) {
      if (kind.id.equals(wanted)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "unknown identifier type '"
            + id
            + "'; expected one of passport, "
            + "national-id, tax-id, registration, imo, mmsi, swift-bic, lei, crypto-address, call-sign, aircraft, other");
  }

  /**
   * The kind a list's label names ({@code National ID No.}, {@code Tax ID No.}, {@code Vessel
   * Registration Identification IMO}...).
   */
  public static IdentifierKind classify(String label) {
    String t = label.toLowerCase(Locale.ROOT);
    if (t.contains("imo")) {
      return IMO;
    }
    if (t.contains("mmsi")) {
      return MMSI;
    }
    if (t.contains("swift") || t.contains("bic")) {
      return SWIFT_BIC;
    }
    if (t.contains("digital currency") || t.contains("crypto")) {
      return CRYPTO_ADDRESS;
    }
    if (t.contains("legal entity number") || t.equals("lei")) {
      return LEI;
    }
    if (t.contains("passport") || t.contains("passeport") || t.contains("pasaporte")) {
      return PASSPORT;
    }
    if (t.contains("call sign") || t.equals("call-sign")) {
      return CALL_SIGN;
    }
    if (t.contains("aircraft") || t.contains("tail number")) {
      return AIRCRAFT;
    }
    if (t.contains("tax")
        || t.contains("v.a.t")
        || t.contains("vat")
        || t.contains("r.f.c")
        || t.contains("inn")
        || t.contains("nit ")
        || t.contains("ruc")) {
      return TAX_ID;
    }
    if (t.contains("national")
        || t.contains("cedula")
        || t.contains("c.u.r.p")
        || t.contains("personal id")
        || t.contains("identity card")
        || t.contains("id card")
        || t.contains("identification")
        || t.contains("dni")
        || t.contains("social security")
        || t.equals("id")
        || t.equals("nid")) {
      return NATIONAL_ID;
    }
    if (t.contains("regist")
        || t.contains("company number")
        || t.contains("commercial")
        || t.contains("folio")
        || t.contains("credit code")
        || t.contains("uscc")
        || t.contains("ogrn")
        || t.contains("business")
        || t.contains("regnumber")) {
      return REGISTRATION;
    }
    for (IdentifierKind kind : values()) {
      if (kind.id.equals(t)) {
        return kind;
      }
    }
    return OTHER;
  }
}
