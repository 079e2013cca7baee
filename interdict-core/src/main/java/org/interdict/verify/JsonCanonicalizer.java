package org.interdict.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The JSON Canonicalization Scheme of RFC 8785, written here rather than taken from a library so
 * that its few rules stay visible: no whitespace, object members sorted by their UTF-16 code units,
 * strings with the minimal JSON escapes, numbers in the ECMAScript {@code
 * Number.prototype.toString} form. Two documents that mean the same JSON have the same canonical
 * bytes, so a pretty-printed report and its reformatted copy verify alike.
 */
public final class JsonCanonicalizer {
  private JsonCanonicalizer() {}

  /** The canonical UTF-8 bytes of {@code node}. */
  public static byte[] canonicalBytes(JsonNode node) {
    return canonicalString(node).getBytes(StandardCharsets.UTF_8);
  }

  public static String canonicalString(JsonNode node) {
    StringBuilder out = new StringBuilder();
    write(node, out);
    return out.toString();
  }

  private static void write(JsonNode node, StringBuilder out) {
    switch (node.getNodeType()) {
      case OBJECT -> writeObject(node, out);
      case ARRAY -> {
        out.append('[');
        for (int i = 0; i < node.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          write(node.get(i), out);
        }
        out.append(']');
      }
      case STRING -> writeString(node.textValue(), out);
      case NUMBER -> out.append(number(node));
      case BOOLEAN -> out.append(node.booleanValue() ? "true" : "false");
      case NULL -> out.append("null");
      default -> throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
    }
  }

  private static void writeObject(JsonNode node, StringBuilder out) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    // String.compareTo compares UTF-16 code units, which is exactly the order RFC 8785 section
    // 3.2.3 asks for.
    names.sort(String::compareTo);
    out.append('{');
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      writeString(names.get(i), out);
      out.append(':');
      write(node.get(names.get(i)), out);
    }
    out.append('}');
  }

  static void writeString(String value, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static String number(JsonNode node) {
    if (node.isIntegralNumber()) {
      BigInteger value = node.bigIntegerValue();
      if (value.abs().compareTo(BigInteger.TEN.pow(21)) < 0) {
        return value.toString();
      }
    }
    return ecmaScript(node.doubleValue());
  }

  /** ECMAScript Number.prototype.toString of a finite double (RFC 8785 section 3.2.2.3). */
  static String ecmaScript(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("JSON has no " + value);
    }
    if (value == 0) {
      return "0";
    }
    if (value < 0) {
      return "-" + ecmaScript(-value);
    }
    BigDecimal decimal = shortest(value);
    String digits = decimal.unscaledValue().toString();
    int k = digits.length();
    int n = k - decimal.scale(); // value = 0.digits * 10^n
    if (k <= n && n <= 21) {
      return digits + "0".repeat(n - k);
    }
    if (0 < n && n <= 21) {
      return digits.substring(0, n) + "." + digits.substring(n);
    }
    if (-6 < n && n <= 0) {
      return "0." + "0".repeat(-n) + digits;
    }
    int exponent = n - 1;
    String sign = exponent < 0 ? "-" : "+";
    String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return mantissa + "e" + sign + Math.abs(exponent);
  }

  /**
   * The fewest significant digits that read back as {@code value}, the closest such decimal when
   * several do. Not {@code Double.toString}: before JDK 19 it sometimes gives a digit more
   * (4.9E-324 for 5e-324).
   */
  private static BigDecimal shortest(double value) {
    BigDecimal exact = new BigDecimal(value);
    for (int precision = 1; precision < 17; precision++) {
      BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
      if (rounded.doubleValue() == value) {
        return rounded.stripTrailingZeros();
      }
    }
    return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
  }
}
