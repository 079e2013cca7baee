package org.interdict.lists;

import java.util.List;
import java.util.Optional;

/**
 * The part of a {@link ListSource} that is plain facts: its id, title, place in {@code lists
 * update}, and where its official files are, given once to the constructor instead of spelled out
 * as five methods in every source. Subclasses say how a primary file is recognised and read.
 * Immutable and thread-safe, as the contract requires.
 */
public abstract class DeclaredListSource implements ListSource {
  private final String id;
  private final String title;
  private final int updateOrder;
  private final String baseUrl;
  private final int minimumEntries;
  private final List<RemoteFile> files;

  /**
   * @param files the official files, primary first
   */
  protected DeclaredListSource(
      String id,
      String title,
      int updateOrder,
      String baseUrl,
      int minimumEntries,
      RemoteFile... files) {
    this.id = id;
    this.title = title;
    this.updateOrder = updateOrder;
    this.baseUrl = baseUrl;
    this.minimumEntries = minimumEntries;
    this.files = List.of(files);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String title() {
    return title;
  }

  @Override
  public final int updateOrder() {
    return updateOrder;
  }

  @Override
  public final Optional<OfficialSource> officialSource() {
    return Optional.of(
        OfficialSource.of(this, baseUrl, minimumEntries, files.toArray(RemoteFile[]::new)));
  }

  /** The official files, primary first. */
  protected final List<RemoteFile> files() {
    return files;
  }
}
