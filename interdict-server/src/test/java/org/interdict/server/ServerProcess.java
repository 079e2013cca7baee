package org.interdict.server;

import java.nio.file.Path;

/**
 * A server in its own JVM for the crash tests: starts on port 0 over the data directory given as
 * the only argument, prints {@code PORT=<n>} and {@code KEY=<initial admin key or ->} on stdout,
 * then runs until killed.
 */
public final class ServerProcess {
  private ServerProcess() {}

  public static void main(String[] args) throws InterruptedException {
    InterdictServer server = InterdictServer.start(ServerConfig.of(0, Path.of(args[0])));
    System.out.println("PORT=" + server.port());
    System.out.println("KEY=" + server.initialAdminKey().orElse("-"));
    System.out.flush();
    Thread.currentThread().join();
  }
}
