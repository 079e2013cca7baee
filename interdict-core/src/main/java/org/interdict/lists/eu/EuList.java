package org.interdict.lists.eu;

import java.nio.file.Path;
import org.interdict.lists.MappedList;
import org.interdict.lists.RemoteFile;
import org.interdict.lists.XmlOrCsvListSource;

/**
 * The EU Financial Sanctions Files consolidated list, published by the European Commission: the XML
 * 1.1 export (or its CSV variant), recognised by its root element or header.
 */
public final class EuList extends XmlOrCsvListSource {
  /** The stable list id. */
  public static final String ID = "eu-fsf";

  public static final String BASE_URL = "https://webgate.ec.europa.eu/fsd/fsf/public/files/";

  /** Fewer entries than this is suspicious: the consolidated list holds several thousand. */
  public static final int MINIMUM_ENTRIES = 1_000;

  public EuList() {
    super(
        ID,
        "EU Financial Sanctions Files (consolidated list)",
        70,
        BASE_URL,
        MINIMUM_ENTRIES,
        RemoteFile.of("eu-fsf.xml", "xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw"));
  }

  @Override
  protected boolean recognisesContent(String lowerCaseName, String head) {
    return Reader.recognises(lowerCaseName, head);
  }

  @Override
  protected MappedList map(Path file) {
    return Mapper.map(file);
  }
}
