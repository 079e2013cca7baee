package org.interdict.lists.ofac;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.interdict.lists.CandidateFile;
import org.interdict.lists.DeclaredListSource;
import org.interdict.lists.ListFileSet;
import org.interdict.lists.MappedList;
import org.interdict.lists.RemoteFile;

/**
 * An OFAC list in the legacy CSV layout (the SDN list, the consolidated non-SDN lists): a primary
 * file recognised by its name, with optional alias, address and remarks files beside it, all read
 * by {@link LegacyMapper} under the source's id. The two lists differ only in these facts.
 */
public abstract class LegacyListSource extends DeclaredListSource {
  private final String primaryName;
  private final String aliasName;
  private final String addressName;
  private final String commentsName;

  protected LegacyListSource(
      String id,
      String title,
      int updateOrder,
      String baseUrl,
      int minimumEntries,
      RemoteFile primary,
      RemoteFile aliases,
      RemoteFile addresses,
      RemoteFile comments) {
    super(id, title, updateOrder, baseUrl, minimumEntries, primary, aliases, addresses, comments);
    this.primaryName = primary.name();
    this.aliasName = aliases.name();
    this.addressName = addresses.name();
    this.commentsName = comments.name();
  }

  @Override
  public final boolean recognises(CandidateFile file) {
    return file.lowerCaseName().equals(primaryName);
  }

  @Override
  public final ListRead read(ListFileSet set) {
    LegacyFiles legacy = locate(set.primary());
    return new ListRead(map(legacy, set.folderDate()), legacy.paths());
  }

  /** The snapshot whose primary file is {@code primary}; its companions are optional. */
  public final LegacyFiles locate(Path primary) {
    return LegacyFiles.locate(primary, aliasName, addressName, commentsName);
  }

  /** Maps a snapshot to parties with ids {@code <list id>:<ent_num>}. */
  public final MappedList map(LegacyFiles files, Optional<LocalDate> listDate) {
    return LegacyMapper.map(id(), files, listDate);
  }
}
