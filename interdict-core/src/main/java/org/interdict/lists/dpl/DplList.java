package org.interdict.lists.dpl;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.interdict.lists.CandidateFile;
import org.interdict.lists.ListFileSet;
import org.interdict.lists.ListSource;
import org.interdict.lists.OfficialSource;
import org.interdict.lists.RemoteFile;

/**
 * The BIS Denied Persons List as tab-separated text ({@code dpl.txt}), recognised by its header.
 * The same entries are in the CSL (source DPL); override the URL when BIS moves the file.
 */
public final class DplList implements ListSource {
  /** The stable list id. */
  public static final String ID = "us-bis-dpl";

  public static final String BASE_URL = "https://www.bis.doc.gov/dpl/";

  /** Fewer entries than this is suspicious: the list held about 600 entries in 2023. */
  public static final int MINIMUM_ENTRIES = 100;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "BIS Denied Persons List";
  }

  @Override
  public boolean recognises(CandidateFile file) throws IOException {
    String name = file.lowerCaseName();
    return (name.endsWith(".txt") || name.endsWith(".tsv")) && Reader.isHeader(file.firstLine());
  }

  @Override
  public ListRead read(ListFileSet set) {
    return new ListRead(
        Mapper.map(set.primary(), set.folderDate()), List.of(set.primary().toString()));
  }

  @Override
  public Optional<OfficialSource> officialSource() {
    return Optional.of(
        OfficialSource.of(this, BASE_URL, MINIMUM_ENTRIES, RemoteFile.of("dpl.txt", "dpl.txt")));
  }

  @Override
  public int updateOrder() {
    return 50;
  }
}
