package org.interdict.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Requests written byte for byte on a loopback socket, for what an HTTP client library refuses to
 * send (malformed headers, huge URIs) and for clients that send slowly. Every read is bounded by a
 * timeout.
 */
final class RawHttp {
  private RawHttp() {}

  record Answer(int status, String head, String body) {
    String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
          return line.substring(colon + 1).trim();
        }
      }
      return null;
    }
  }

  static Socket connect(int port) throws IOException {
    Socket socket = new Socket();
    socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
    socket.setSoTimeout(10_000);
    return socket;
  }

  /** Sends {@code request} as given and reads the answer until the server closes the connection. */
  static Answer send(int port, String request) {
    try (Socket socket = connect(port)) {
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      String text = readAll(socket.getInputStream());
      int split = text.indexOf("\r\n\r\n");
      String head = split < 0 ? text : text.substring(0, split);
      String body = split < 0 ? "" : text.substring(split + 4);
      String[] statusLine = head.split(" ", 3);
      return new Answer(Integer.parseInt(statusLine[1]), head, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        out.write(buffer, 0, n);
      }
    } catch (SocketTimeoutException e) {
      // the answer so far: the caller checks it
    } catch (IOException e) {
      if (!e.getMessage().toLowerCase(Locale.ROOT).contains("reset")) {
        throw e;
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
