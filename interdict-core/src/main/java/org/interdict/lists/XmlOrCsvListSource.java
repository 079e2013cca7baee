package org.interdict.lists;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A list published as one file in XML or as its CSV export (the EU FSF, the UK Sanctions List): the
 * primary file is a {@code .xml} or {@code .csv} file whose root element or header the source
 * knows, and a snapshot is that file alone.
 */
public abstract class XmlOrCsvListSource extends DeclaredListSource {
  protected XmlOrCsvListSource(
      String id,
      String title,
      int updateOrder,
      String baseUrl,
      int minimumEntries,
      RemoteFile file) {
    super(id, title, updateOrder, baseUrl, minimumEntries, file);
  }

  /**
   * Whether a file of this name (lower case, {@code .xml} or {@code .csv}) and these first bytes is
   * this source's.
   */
  protected abstract boolean recognisesContent(String lowerCaseName, String head);

  /** Reads and maps the one file of a snapshot. */
  protected abstract MappedList map(Path file);

  @Override
  public final boolean recognises(CandidateFile file) throws IOException {
    String name = file.lowerCaseName();
    return (name.endsWith(".xml") || name.endsWith(".csv")) && recognisesContent(name, file.head());
  }

  @Override
  public final ListRead read(ListFileSet set) {
    return new ListRead(map(set.primary()), List.of(set.primary().toString()));
  }
}
