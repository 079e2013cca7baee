package org.interdict.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.interdict.model.InputError;

/**
 * Finds list files in a folder tree by file name and first line, and picks one snapshot per source.
 *
 * <p>Choice rule, per source: complete snapshots beat folders marked {@code -partial} or {@code
 * -sample} (those are used only when nothing else exists); among those, the newest dated folder
 * ({@code YYYY-MM-DD[-suffix]}) wins; undated files count as oldest; ties go to the last path in
 * sorted order. Companion files (alt.csv, add.csv...) are taken only from the chosen primary file's
 * own folder, so two snapshots are never mixed.
 */
public final class ListDirectory {
  /**
   * The chosen snapshots, the ones passed over, and folders or files that could not be inspected.
   */
  public record Selection(
      List<ListFileSet> chosen, List<ListFileSet> passedOver, List<InputError> errors) {
    public Selection {
      chosen = List.copyOf(chosen);
      passedOver = List.copyOf(passedOver);
      errors = List.copyOf(errors);
    }
  }

  private static final Pattern DATED = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})(.*)$");
  private static final Comparator<ListFileSet> PREFERENCE =
      Comparator.comparing((ListFileSet set) -> !set.partial())
          .thenComparing(set -> set.folderDate().orElse(LocalDate.MIN))
          .thenComparing(set -> set.primary().toString());

  private ListDirectory() {}

  public static Selection scan(Path root) {
    if (!Files.isDirectory(root)) {
      throw new UnreadableListException(
          "lists directory " + root + " does not exist or is not a directory");
    }
    List<InputError> errors = new ArrayList<>();
    // Keyed in registration order, so the lists of a directory are always read in the same order.
    Map<ListSource, List<ListFileSet>> found =
        new TreeMap<>(Comparator.comparingInt(ListSources.all()::indexOf));
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      throw new UnreadableListException(
          "cannot walk lists directory " + root + ": " + e.getMessage(), e);
    }
    for (Path file : files) {
      try {
        recognise(file)
            .ifPresent(
                source ->
                    found
                        .computeIfAbsent(source, any -> new ArrayList<>())
                        .add(fileSet(root, source, file)));
      } catch (IOException e) {
        errors.add(
            InputError.of(
                file.toString(),
                0,
                ListErrors.UNREADABLE_FILE,
                "cannot read file to recognise it: " + e.getMessage() + "; skipping file"));
      }
    }
    List<ListFileSet> chosen = new ArrayList<>();
    List<ListFileSet> passedOver = new ArrayList<>();
    for (List<ListFileSet> sets : found.values()) {
      ListFileSet best = sets.stream().max(PREFERENCE).orElseThrow();
      chosen.add(best);
      sets.stream().filter(set -> set != best).forEach(passedOver::add);
    }
    return new Selection(chosen, passedOver, errors);
  }

  /**
   * Which source a file is the primary file of: the first registered source ({@link ListSources})
   * that {@linkplain ListSource#recognises recognises} it.
   */
  public static Optional<ListSource> recognise(Path file) throws IOException {
    CandidateFile candidate = new CandidateFile(file);
    for (ListSource source : ListSources.all()) {
      if (source.recognises(candidate)) {
        return Optional.of(source);
      }
    }
    return Optional.empty();
  }

  private static ListFileSet fileSet(Path root, ListSource source, Path file) {
    Path folder = file.getParent();
    while (folder != null && folder.startsWith(root) && !folder.equals(root.getParent())) {
      Matcher matcher =
          DATED.matcher(folder.getFileName() == null ? "" : folder.getFileName().toString());
      if (matcher.matches()) {
        String suffix = matcher.group(2).toLowerCase(Locale.ROOT);
        boolean partial = suffix.contains("partial") || suffix.contains("sample");
        try {
          return new ListFileSet(
              source, file, Optional.of(LocalDate.parse(matcher.group(1))), partial);
        } catch (DateTimeParseException e) {
          return new ListFileSet(source, file, Optional.empty(), partial);
        }
      }
      if (folder.equals(root)) {
        break;
      }
      folder = folder.getParent();
    }
    return new ListFileSet(source, file, Optional.empty(), false);
  }
}
