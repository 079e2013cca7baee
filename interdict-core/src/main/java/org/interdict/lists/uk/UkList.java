package org.interdict.lists.uk;

import java.nio.file.Path;
import org.interdict.lists.MappedList;
import org.interdict.lists.RemoteFile;
import org.interdict.lists.XmlOrCsvListSource;

/**
 * The UK Sanctions List published by the FCDO: its XML (or CSV) export, and OFSI's closed
 * Consolidated List CSV, recognised by root element or header.
 */
public final class UkList extends XmlOrCsvListSource {
  /** The stable list id. */
  public static final String ID = "uk-sanctions-list";

  public static final String BASE_URL = "https://sanctionslist.fcdo.gov.uk/docs/";

  /** Fewer entries than this is suspicious: the list holds several thousand designations. */
  public static final int MINIMUM_ENTRIES = 1_000;

  public UkList() {
    super(
        ID,
        "UK Sanctions List (FCDO)",
        60,
        BASE_URL,
        MINIMUM_ENTRIES,
        RemoteFile.of("UK-Sanctions-List.xml", "UK-Sanctions-List.xml"));
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
