package org.interdict.lists.update;

import java.nio.charset.StandardCharsets;

/**
 * Small OFAC legacy-CSV files written by the tests: {@code rows} invented entities named "FIXTURE
 * TRADING n" (not real parties), each with one alias, one address and, for the first, a comment
 * continuation.
 */
final class SdnFixture {
  private SdnFixture() {}

  static byte[] sdn(int rows) {
    StringBuilder csv = new StringBuilder();
    for (int i = 1; i <= rows; i++) {
      csv.append(1000 + i)
          .append(",\"FIXTURE TRADING ")
          .append(i)
          .append(" LLC\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"Fixture row ")
          .append(i)
          .append(".\"\r\n");
    }
    return csv.append('\u001a').toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] alt(int rows) {
    StringBuilder csv = new StringBuilder();
    for (int i = 1; i <= rows; i++) {
      csv.append(1000 + i)
          .append(',')
          .append(i)
          .append(",\"aka\",\"FIXTURE TRADERS ")
          .append(i)
          .append("\",-0- \r\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] add(int rows) {
    StringBuilder csv = new StringBuilder();
    for (int i = 1; i <= rows; i++) {
      csv.append(1000 + i)
          .append(',')
          .append(i)
          .append(",\"")
          .append(i)
          .append(" Example Street\",\"Springfield\",\"United States\",-0- \r\n");
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] comments() {
    return "1001,\"Continued remark.\"\r\n".getBytes(StandardCharsets.UTF_8);
  }
}
