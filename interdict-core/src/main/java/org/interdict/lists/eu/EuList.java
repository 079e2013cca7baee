package org.interdict.lists.eu;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.interdict.lists.CandidateFile;
import org.interdict.lists.ListFileSet;
import org.interdict.lists.ListSource;
import org.interdict.lists.OfficialSource;
import org.interdict.lists.RemoteFile;

/**
 * The EU Financial Sanctions Files consolidated list, published by the European Commission: the XML
 * 1.1 export (or its CSV variant), recognised by its root element or header.
 */
public final class EuList implements ListSource {
  /** The stable list id. */
  public static final String ID = "eu-fsf";

  public static final String BASE_URL = "https://webgate.ec.europa.eu/fsd/fsf/public/files/";

  /** Fewer entries than this is suspicious: the consolidated list holds several thousand. */
  public static final int MINIMUM_ENTRIES = 1_000;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "EU Financial Sanctions Files (consolidated list)";
  }

  @Override
  public boolean recognises(CandidateFile file) throws IOException {
    String name = file.lowerCaseName();
    return (name.endsWith(".xml") || name.endsWith(".csv")) && Reader.recognises(name, file.head());
  }

  @Override
  public ListRead read(ListFileSet set) {
    return new ListRead(Mapper.map(set.primary()), List.of(set.primary().toString()));
  }

  @Override
  public Optional<OfficialSource> officialSource() {
    return Optional.of(
        OfficialSource.of(
            this,
            BASE_URL,
            MINIMUM_ENTRIES,
            RemoteFile.of("eu-fsf.xml", "xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw")));
  }

  @Override
  public int updateOrder() {
    return 70;
  }
}
