package org.interdict.bench.server;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.Locale;

/**
 * A minimal blocking HTTP/1.1 keep-alive client for one connection: writes a request, reads the
 * status, headers and body (Content-Length or chunked) and returns the status. Not thread-safe: one
 * per load thread.
 */
final class HttpConnection implements AutoCloseable {
  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;
  private final StringBuilder line = new StringBuilder(128);

  private HttpConnection(Socket socket) throws IOException {
    this.socket = socket;
    this.in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
    this.out = socket.getOutputStream();
  }

  static HttpConnection open(URI base) throws IOException {
    Socket socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(30_000);
    socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5_000);
    return new HttpConnection(socket);
  }

  int exchange(byte[] request) throws IOException {
    out.write(request);
    out.flush();
    String statusLine = readLine();
    if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
      throw new IOException("bad status line: " + statusLine);
    }
    int status = Integer.parseInt(statusLine.substring(9, 12));
    long length = -1;
    boolean chunked = false;
    boolean close = false;
    for (String header = readLine(); !header.isEmpty(); header = readLine()) {
      String lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(lower.substring(15).strip());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      } else if (lower.startsWith("connection:") && lower.contains("close")) {
        close = true;
      }
    }
    if (chunked) {
      for (long size = Long.parseLong(readLine().strip().split(";")[0], 16);
          size > 0;
          size = Long.parseLong(readLine().strip().split(";")[0], 16)) {
        skip(size);
        readLine();
      }
      while (!readLine().isEmpty()) {
        // trailers
      }
    } else if (length >= 0) {
      skip(length);
    } else {
      throw new IOException("response without Content-Length or chunked encoding");
    }
    if (close) {
      throw new IOException("server closed the connection");
    }
    return status;
  }

  private void skip(long count) throws IOException {
    long left = count;
    while (left > 0) {
      long skipped = in.skip(left);
      if (skipped <= 0) {
        if (in.read() < 0) {
          throw new IOException("connection closed mid-body");
        }
        skipped = 1;
      }
      left -= skipped;
    }
  }

  private String readLine() throws IOException {
    line.setLength(0);
    int c;
    while ((c = in.read()) >= 0) {
      if (c == '\n') {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
          line.setLength(end - 1);
        }
        return line.toString();
      }
      line.append((char) c);
    }
    throw new IOException("connection closed");
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
