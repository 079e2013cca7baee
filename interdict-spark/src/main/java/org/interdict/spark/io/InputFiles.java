package org.interdict.spark.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.interdict.spark.SparkJobException;

/**
 * Resolves the input paths a user gave (files, folders, globs on any Hadoop file system) into
 * files, on the driver and before any work starts, so a missing or unreadable input fails the job
 * at once with its path in the message. Files whose name starts with {@code _} or {@code .} inside
 * a folder are Spark's or Hadoop's own and are passed over.
 */
public final class InputFiles {
  private InputFiles() {}

  /**
   * @throws SparkJobException naming the first path that matches nothing or cannot be opened
   */
  public static List<InputFile> resolve(List<String> given, Configuration hadoop) {
    List<InputFile> files = new ArrayList<>();
    for (String path : given) {
      for (FileStatus status : statuses(path, hadoop)) {
        if (status.isDirectory()) {
          for (FileStatus child : filesUnder(path, status.getPath(), hadoop)) {
            String relative =
                status.getPath().toUri().relativize(child.getPath().toUri()).getPath();
            files.add(
                new InputFile(
                    files.size(), stripSlash(path) + "/" + relative, child.getPath().toString()));
          }
        } else {
          String name = isGlob(path) ? status.getPath().toString() : path;
          files.add(new InputFile(files.size(), name, status.getPath().toString()));
        }
      }
    }
    files.forEach(file -> checkReadable(file, hadoop));
    return List.copyOf(files);
  }

  /** Opens a file through its Hadoop file system (the caller closes it). */
  public static InputStream open(InputFile file, Configuration hadoop) throws IOException {
    Path path = new Path(file.uri());
    return path.getFileSystem(hadoop).open(path);
  }

  private static FileStatus[] statuses(String path, Configuration hadoop) {
    try {
      Path hadoopPath = new Path(path);
      FileStatus[] found = hadoopPath.getFileSystem(hadoop).globStatus(hadoopPath);
      if (found == null || found.length == 0) {
        throw new SparkJobException("input " + path + ": no such file or directory");
      }
      return found;
    } catch (IOException | IllegalArgumentException e) {
      throw new SparkJobException("input " + path + ": cannot be listed: " + e.getMessage(), e);
    }
  }

  private static List<FileStatus> filesUnder(String given, Path folder, Configuration hadoop) {
    List<FileStatus> children = new ArrayList<>();
    try {
      RemoteIterator<LocatedFileStatus> listing =
          folder.getFileSystem(hadoop).listFiles(folder, true);
      while (listing.hasNext()) {
        LocatedFileStatus child = listing.next();
        String name = child.getPath().getName();
        if (!name.startsWith("_") && !name.startsWith(".")) {
          children.add(child);
        }
      }
    } catch (IOException e) {
      throw new SparkJobException("input " + given + ": cannot be listed: " + e.getMessage(), e);
    }
    if (children.isEmpty()) {
      throw new SparkJobException("input " + given + ": the folder holds no files");
    }
    children.sort(Comparator.comparing(child -> child.getPath().toString()));
    return children;
  }

  private static void checkReadable(InputFile file, Configuration hadoop) {
    try (InputStream in = open(file, hadoop)) {
      in.read();
    } catch (IOException e) {
      throw new SparkJobException(
          "input " + file.name() + ": cannot be read: " + e.getMessage(), e);
    }
  }

  private static boolean isGlob(String path) {
    return path.chars().anyMatch(c -> "*?[{".indexOf(c) >= 0);
  }

  private static String stripSlash(String path) {
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
