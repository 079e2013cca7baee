package org.interdict.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which sub-packages of a base package each main source file refers to, by import or by fully
 * qualified name in code (comments are left out, strings too): what the package-boundary tests of
 * ADR 004 check. Reading the sources rather than the bytecode also sees references the compiler
 * inlines (constants).
 */
public final class PackageReferences {
  /**
   * One main source file: its package below the base ("" for the base itself) and the sub-packages
   * it names.
   */
  public record SourceFile(Path path, String subPackage, Set<String> references) {
    /**
     * The first segment of the sub-package ({@code ofac} for {@code ofac.sdn}), "" for the base
     * package.
     */
    public String family() {
      return familyOf(subPackage);
    }
  }

  private static final Pattern COMMENTS_AND_STRINGS =
      Pattern.compile(
          "/\\*.*?\\*/|//[^\\n]*|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'",
          Pattern.DOTALL);

  private PackageReferences() {}

  /** The main source root of the module the tests run in. */
  public static Path mainSources() {
    Path root = Path.of("src/main/java");
    if (!Files.isDirectory(root)) {
      throw new IllegalStateException(
          "run from the module directory: " + root.toAbsolutePath() + " is missing");
    }
    return root;
  }

  /** Every main source file of {@code basePackage} and its sub-packages. */
  public static List<SourceFile> scan(Path sourceRoot, String basePackage) {
    Path folder = sourceRoot.resolve(basePackage.replace('.', '/'));
    List<SourceFile> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.filter(file -> file.toString().endsWith(".java")).sorted().toList()) {
        String relative =
            folder.relativize(path.getParent()).toString().replace('/', '.').replace('\\', '.');
        files.add(
            new SourceFile(
                path,
                relative,
                references(Files.readString(path, StandardCharsets.UTF_8), basePackage)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /**
   * The sub-packages of {@code basePackage} that {@code source} names in code ("" for the base
   * itself); a reference to a class of the base package ({@code org.interdict.lists.ListSource})
   * counts as "".
   */
  public static Set<String> references(String source, String basePackage) {
    String code = COMMENTS_AND_STRINGS.matcher(source).replaceAll(" ");
    code = code.replaceFirst("(?m)^\\s*package\\s+[\\w.]+\\s*;", "");
    Pattern named =
        Pattern.compile(
            Pattern.quote(basePackage) + "((?:\\.[a-z][a-z0-9_]*)*)(?:\\.[A-Z*]|\\s*;)");
    Set<String> found = new TreeSet<>();
    Matcher matcher = named.matcher(code);
    while (matcher.find()) {
      String sub = matcher.group(1);
      found.add(sub.isEmpty() ? "" : sub.substring(1));
    }
    return found;
  }

  /** The first segment of a sub-package, "" for the base package. */
  public static String familyOf(String subPackage) {
    int dot = subPackage.indexOf('.');
    return dot < 0 ? subPackage : subPackage.substring(0, dot);
  }
}
