package org.interdict.inventory;

import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Opens an inventory path for reading, whatever it is: a regular file; or a FIFO, a pipe such as
 * {@code /dev/stdin} or {@code <(cmd)}, or a device, read as a plain stream (never seeked, so no
 * "Illegal seek"). Opening a FIFO waits for a writer: after {@code noticeAfter} the wait is
 * announced through {@code notices}, and after {@code writerTimeout} it is given up with an {@link
 * UnreadableInventoryException}, so a FIFO nobody writes never blocks a run forever. Errors name
 * the input and say what is wrong ("permission denied"). Immutable and thread-safe.
 */
public final class InventoryOpener {
  /** How long {@link #standard()} waits for a FIFO's writer. */
  public static final Duration DEFAULT_WRITER_TIMEOUT = Duration.ofSeconds(60);

  private static final Duration DEFAULT_NOTICE_AFTER = Duration.ofSeconds(1);

  private final Duration noticeAfter;
  private final Duration writerTimeout;
  private final Consumer<String> notices;

  public InventoryOpener(Duration noticeAfter, Duration writerTimeout, Consumer<String> notices) {
    this.noticeAfter = Objects.requireNonNull(noticeAfter, "noticeAfter");
    this.writerTimeout = Objects.requireNonNull(writerTimeout, "writerTimeout");
    this.notices = Objects.requireNonNull(notices, "notices");
    if (noticeAfter.isNegative() || writerTimeout.compareTo(noticeAfter) < 0) {
      throw new IllegalArgumentException(
          "need 0 <= noticeAfter <= writerTimeout, were " + noticeAfter + " and " + writerTimeout);
    }
  }

  /**
   * Waits {@link #DEFAULT_WRITER_TIMEOUT} for a FIFO's writer and tells {@code notices} after one
   * second.
   */
  public static InventoryOpener standard(Consumer<String> notices) {
    return new InventoryOpener(DEFAULT_NOTICE_AFTER, DEFAULT_WRITER_TIMEOUT, notices);
  }

  /** {@link #standard(Consumer)} without notices, for callers with no one to tell. */
  public static InventoryOpener standard() {
    return standard(notice -> {});
  }

  /**
   * The raw bytes of {@code file} (not buffered, not decompressed).
   *
   * @param name the input as the user gave it, for messages
   * @throws UnreadableInventoryException for a directory or a FIFO no one writes
   * @throws IOException when the system refuses (see {@link #unreadable} for the message to show)
   */
  public InputStream open(Path file, String name) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    if (attributes.isDirectory()) {
      throw new UnreadableInventoryException(name + ": is a directory, expected an inventory file");
    }
    if (attributes.isRegularFile()) {
      return Files.newInputStream(file);
    }
    return openStream(file, name);
  }

  /** The error to show for an input the system refused to open or read. */
  public static UnreadableInventoryException unreadable(String name, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new UnreadableInventoryException(name + ": no such file", e);
    }
    if (e instanceof AccessDeniedException
        || (e instanceof FileNotFoundException
            && String.valueOf(e.getMessage()).endsWith("(Permission denied)"))) {
      return new UnreadableInventoryException(
          name + ": permission denied (the user running interdict may not read" + " it)", e);
    }
    if (e instanceof FileNotFoundException
        && String.valueOf(e.getMessage()).endsWith("(No such file or directory)")) {
      return new UnreadableInventoryException(name + ": no such file", e);
    }
    return new UnreadableInventoryException(name + ": cannot read: " + e.getMessage(), e);
  }

  // FileInputStream, unlike the channel stream of Files.newInputStream, never seeks: its
  // available() asks the
  // kernel (FIONREAD), where the channel stream asks for the position and fails on a pipe with
  // "Illegal seek".
  // Opening a FIFO blocks until a writer opens it, so it happens on a thread of its own that we can
  // stop waiting on.
  private InputStream openStream(Path file, String name) throws IOException {
    CompletableFuture<FileInputStream> opened = new CompletableFuture<>();
    Thread opener =
        new Thread(
            () -> {
              try {
                opened.complete(new FileInputStream(file.toFile()));
              } catch (IOException | RuntimeException e) {
                opened.completeExceptionally(e);
              }
            },
            "interdict-open-" + file.getFileName());
    opener.setDaemon(true);
    opener.start();
    try {
      return await(opened, noticeAfter);
    } catch (TimeoutException e) {
      notices.accept(
          name
              + ": waiting for a writer to open this FIFO (giving up after "
              + writerTimeout.toSeconds()
              + " s)");
    }
    try {
      return await(opened, writerTimeout.minus(noticeAfter));
    } catch (TimeoutException e) {
      release(file, opened);
      throw new UnreadableInventoryException(
          name
              + ": a FIFO, and no process opened it for writing within "
              + writerTimeout.toSeconds()
              + " s; start the writer first or pass a regular file");
    }
  }

  private static FileInputStream await(CompletableFuture<FileInputStream> opened, Duration timeout)
      throws IOException, TimeoutException {
    try {
      return opened.get(Math.max(0, timeout.toMillis()), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException("opening failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for a writer", e);
    }
  }

  /**
   * Unblocks the waiting open by being the writer for an instant, so that no thread stays stuck in
   * it.
   */
  private static void release(Path file, CompletableFuture<FileInputStream> opened) {
    try (OutputStream writer = Files.newOutputStream(file)) {
      writer.flush(); // opening the write end is what unblocks the reader; nothing is written
      opened.get(5, TimeUnit.SECONDS).close();
    } catch (IOException | ExecutionException | TimeoutException e) {
      // Best effort: the thread is a daemon and cannot keep the JVM alive.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
