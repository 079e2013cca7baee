package org.interdict.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9: a server killed with SIGKILL while an upload is being spooled to {@code <data-dir>/tmp}
 * left the spool file there for good; the next start deletes it. The server runs in its own JVM
 * ({@link CrashRecoveryIT#launch}).
 */
class UploadKillIT {
  private static final int SPOOLED_BYTES = 3 * 1024 * 1024;

  private static long filesIn(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.count();
    }
  }

  @Test
  void aSpoolFileOfAnUploadCutOffByKillMinusNineIsGoneAfterTheRestart(@TempDir Path dir)
      throws Exception {
    Path data = dir.resolve("data");
    Path tmp = data.resolve("tmp");
    CrashRecoveryIT.Running first = CrashRecoveryIT.launch(data);
    try (Socket socket = RawHttp.connect(first.port())) {
      String boundary = "----interdict-kill-boundary";
      String head =
          "--"
              + boundary
              + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
              + "Content-Type: text/csv\r\n\r\nhostname,name,version,publisher\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/v1/scans HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                  + first.key()
                  + "\r\nContent-Type: multipart/form-data; boundary="
                  + boundary
                  + "\r\nContent-Length: "
                  + (head.length() + 2 * SPOOLED_BYTES)
                  + "\r\n\r\n"
                  + head)
              .getBytes(StandardCharsets.US_ASCII));
      byte[] row = "host-1,Office Tool,1.0,Example Corp\r\n".getBytes(StandardCharsets.US_ASCII);
      for (int sent = 0; sent < SPOOLED_BYTES; sent += row.length) {
        out.write(row);
      }
      out.flush();
      // more than the 1 MiB kept in memory has arrived: the parser spools to tmp/ while it waits
      // for the rest
      for (int i = 0; i < 100 && filesIn(tmp) == 0; i++) {
        Thread.sleep(100);
      }
      assertThat(filesIn(tmp)).as("a spool file while the upload is under way").isPositive();
      first.kill();
    }
    assertThat(filesIn(tmp)).as("SIGKILL leaves the spool file").isPositive();
    CrashRecoveryIT.Running second = CrashRecoveryIT.launch(data);
    try {
      assertThat(filesIn(tmp)).as("files in tmp/ after the restart").isZero();
    } finally {
      second.kill();
    }
  }
}
