package org.interdict.lists.update;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.interdict.InvalidValueException;
import org.interdict.UnreadableInputException;
import org.interdict.lists.ListSource;
import org.interdict.lists.ListSources;
import org.interdict.lists.OfficialSource;

/**
 * The official sources {@code interdict lists update} knows, in update order, with their default
 * URLs: the {@link ListSource#officialSource} of every registered source ({@link ListSources}); a
 * copy with other base URLs or sanity floors comes from {@link #withOverrides}. Immutable.
 */
public final class OfficialSources {
  private final Map<String, OfficialSource> sources;

  private OfficialSources(Map<String, OfficialSource> sources) {
    this.sources = sources;
  }

  /** Every known source with its official URL. */
  public static OfficialSources defaults() {
    Map<String, OfficialSource> all = new LinkedHashMap<>();
    for (ListSource list : ListSources.inUpdateOrder()) {
      list.officialSource().ifPresent(source -> all.put(source.id(), source));
    }
    return new OfficialSources(all);
  }

  /** The source of this build that reads the files of an official source id, if any. */
  static Optional<ListSource> readerOf(String id) {
    return ListSources.find(id);
  }

  public List<OfficialSource> all() {
    return List.copyOf(sources.values());
  }

  public List<String> ids() {
    return List.copyOf(sources.keySet());
  }

  /**
   * The source with this id.
   *
   * @throws InvalidValueException naming the known ids when there is none
   */
  public OfficialSource byId(String id) {
    OfficialSource source = sources.get(id.strip().toLowerCase(Locale.ROOT));
    if (source == null) {
      throw new InvalidValueException(
          "unknown list source '"
              + id
              + "'; expected one of "
              + String.join(", ", sources.keySet()));
    }
    return source;
  }

  /**
   * A copy with settings replaced. Keys are {@code <id>} or {@code <id>.url} (base URL) and {@code
   * <id>.min-entries} (sanity floor); unknown ids and keys are rejected.
   */
  public OfficialSources withOverrides(Map<String, String> settings) {
    Map<String, OfficialSource> copy = new LinkedHashMap<>(sources);
    for (String pass : List.of("url", "min-entries")) {
      for (Map.Entry<String, String> setting : new TreeMap<>(settings).entrySet()) {
        String key = setting.getKey().strip().toLowerCase(Locale.ROOT);
        String value = setting.getValue().strip();
        int dot = key.indexOf('.');
        String property = dot < 0 ? "url" : key.substring(dot + 1);
        if (!property.equals("url") && !property.equals("min-entries")) {
          throw new InvalidValueException(
              "unknown source setting '"
                  + setting.getKey()
                  + "'; expected <id>, <id>.url or <id>.min-entries");
        }
        String id = byId(dot < 0 ? key : key.substring(0, dot)).id();
        if (property.equals(pass)) {
          copy.put(
              id,
              pass.equals("url")
                  ? copy.get(id).withBaseUrl(value)
                  : copy.get(id).withMinimumEntries(wholeNumber(setting.getKey(), value)));
        }
      }
    }
    return new OfficialSources(copy);
  }

  private static int wholeNumber(String key, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new InvalidValueException(
          "setting " + key + " must be a whole number, was '" + value + "'", e);
    }
  }

  /**
   * Settings from a properties file ({@code us-csl=https://mirror.example/csl/}); empty when it
   * does not exist.
   */
  public static Map<String, String> readSettings(Path file) {
    Map<String, String> settings = new LinkedHashMap<>();
    if (!Files.isRegularFile(file)) {
      return settings;
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException | IllegalArgumentException e) {
      throw new UnreadableInputException(
          "cannot read source settings " + file + ": " + e.getMessage(), e);
    }
    List<String> names = new ArrayList<>(properties.stringPropertyNames());
    names.sort(null);
    names.forEach(name -> settings.put(name, properties.getProperty(name)));
    return settings;
  }
}
