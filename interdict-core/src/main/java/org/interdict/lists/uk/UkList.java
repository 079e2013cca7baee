package org.interdict.lists.uk;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.interdict.lists.CandidateFile;
import org.interdict.lists.ListFileSet;
import org.interdict.lists.ListSource;
import org.interdict.lists.OfficialSource;
import org.interdict.lists.RemoteFile;

/**
 * The UK Sanctions List published by the FCDO: its XML (or CSV) export, and OFSI's closed
 * Consolidated List CSV, recognised by root element or header.
 */
public final class UkList implements ListSource {
  /** The stable list id. */
  public static final String ID = "uk-sanctions-list";

  public static final String BASE_URL = "https://sanctionslist.fcdo.gov.uk/docs/";

  /** Fewer entries than this is suspicious: the list holds several thousand designations. */
  public static final int MINIMUM_ENTRIES = 1_000;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "UK Sanctions List (FCDO)";
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
            RemoteFile.of("UK-Sanctions-List.xml", "UK-Sanctions-List.xml")));
  }

  @Override
  public int updateOrder() {
    return 60;
  }
}
