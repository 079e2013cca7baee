package org.interdict.lists;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The contract of one list source: its stable id and title, how its primary file is recognised in a
 * folder, how a snapshot of it is read and mapped to parties, and where its official files are.
 * Each source package provides one implementation, registered in {@code
 * META-INF/services/org.interdict.lists.ListSource} and found through {@link ListSources}; nothing
 * outside the source's package names it, so adding a list means adding a package.
 *
 * <p>Ids are kebab-case, appear in party ids, outputs and docs, and never change (a rename keeps
 * the old id as an alias). Implementations are stateless and thread-safe; {@link #read} never
 * throws for bad rows or files: they become {@link org.interdict.model.InputError}s of the {@link
 * MappedList}.
 */
public interface ListSource {
  /** The stable id, such as {@code us-ofac-sdn}. */
  String id();

  /** The official title, for humans. */
  String title();

  /**
   * Whether {@code file} is the primary file of a snapshot of this list (by its name and, for
   * generic names, its first bytes). Companion files are not primary files: {@link #read} finds
   * them beside the primary file.
   *
   * @throws IOException when the file cannot be read to tell
   */
  boolean recognises(CandidateFile file) throws IOException;

  /** Reads and maps one snapshot: the parties, the problems met, and every file read. */
  ListRead read(ListFileSet set);

  /** Where {@code lists update} fetches this list; empty for a list that is not downloaded. */
  Optional<OfficialSource> officialSource();

  /**
   * The order of {@code lists update} and its reports, lowest first; it does not change which
   * entries are read. The built-in lists use multiples of 10, so a new list can sit between two.
   */
  int updateOrder();

  /**
   * The snapshot of this list shipped in the jar, read when no lists directory is given; most lists
   * have none.
   */
  default Optional<ListRead> bundled() {
    return Optional.empty();
  }

  /** The source with this id (case-insensitive); rejects unknown ids rather than guessing. */
  static ListSource fromId(String id) {
    return ListSources.byId(id);
  }

  /**
   * Whether a party's list id (which may name a sub-list, as {@code us-csl/entity-list}) is
   * selected by a filter id: equal, or the filter names the parent list.
   */
  static boolean matches(String filterId, String partyListId) {
    return partyListId.equals(filterId) || partyListId.startsWith(filterId + "/");
  }

  /**
   * One read snapshot: what the mapper produced and the files read, primary first, as the user can
   * recognise.
   */
  record ListRead(MappedList mapped, List<String> files) {
    public ListRead {
      java.util.Objects.requireNonNull(mapped, "mapped");
      files = List.copyOf(files);
      if (files.isEmpty()) {
        throw new IllegalArgumentException("a read names at least the primary file");
      }
    }
  }
}
