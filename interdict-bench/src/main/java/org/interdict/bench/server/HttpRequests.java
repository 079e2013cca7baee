package org.interdict.bench.server;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Pre-built HTTP/1.1 request bytes, so the load loop does no string work of its own. */
final class HttpRequests {
  private HttpRequests() {}

  static byte[] search(URI base, String key, String name) {
    String target = "/api/v1/search?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
    String request =
        "GET "
            + target
            + " HTTP/1.1\r\n"
            + "Host: "
            + base.getHost()
            + ":"
            + base.getPort()
            + "\r\n"
            + "Authorization: Bearer "
            + key
            + "\r\n"
            + "Accept: application/json\r\n"
            + "\r\n";
    return request.getBytes(StandardCharsets.UTF_8);
  }
}
