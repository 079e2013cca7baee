package org.interdict.lists.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.interdict.lists.OfficialSource;
import org.interdict.lists.SharedLists;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The source registry, its overrides, the URL rule of the fetcher and the matching of imported
 * files.
 */
class OfficialSourcesTest {
  @TempDir Path temp;

  @Test
  void everySourceHasItsOfficialUrls() {
    OfficialSources sources = OfficialSources.defaults();
    assertThat(sources.ids())
        .containsExactly(
            "us-csl",
            "us-ofac-sdn",
            "us-ofac-non-sdn",
            "un-sc-consolidated",
            "us-bis-dpl",
            "uk-sanctions-list",
            "eu-fsf");
    OfficialSource sdn = sources.byId("us-ofac-sdn");
    assertThat(sdn.files())
        .extracting(sdn::url)
        .extracting(URI::toString)
        .containsExactly(
            "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.CSV",
            "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ALT.CSV",
            "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADD.CSV",
            "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN_COMMENTS.CSV");
    OfficialSource csl = sources.byId("us-csl");
    assertThat(csl.url(csl.primary()))
        .hasToString(
            "https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv");
    OfficialSource un = sources.byId("un-sc-consolidated");
    assertThat(un.url(un.primary()))
        .hasToString("https://scsanctions.un.org/resources/xml/en/consolidated.xml");
    OfficialSource eu = sources.byId("eu-fsf");
    assertThat(eu.url(eu.primary()))
        .hasToString(
            "https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw");
    assertThat(OfficialSources.readerOf("us-ofac-sdn"))
        .contains(org.interdict.lists.ListSource.fromId("us-ofac-sdn"));
  }

  @Test
  void overridesReplaceUrlsAndFloorsAndRejectUnknownNames() throws IOException {
    Path settings = temp.resolve("sources.properties");
    Files.writeString(settings, "us-csl=https://mirror.example/csl\nus-csl.min-entries=3\n");
    OfficialSource csl =
        OfficialSources.defaults()
            .withOverrides(OfficialSources.readSettings(settings))
            .byId("us-csl");
    assertThat(csl.url(csl.primary())).hasToString("https://mirror.example/csl/consolidated.csv");
    assertThat(csl.minimumEntries()).isEqualTo(3);
    assertThat(OfficialSources.readSettings(temp.resolve("absent.properties"))).isEmpty();

    assertThatThrownBy(
            () -> OfficialSources.defaults().withOverrides(Map.of("eu-consolidated", "https://x/")))
        .hasMessageContaining("unknown list source 'eu-consolidated'")
        .hasMessageContaining("eu-fsf");
    assertThatThrownBy(
            () -> OfficialSources.defaults().withOverrides(Map.of("us-csl.timeout", "5")))
        .hasMessageContaining("unknown source setting 'us-csl.timeout'");
    assertThatThrownBy(
            () -> OfficialSources.defaults().withOverrides(Map.of("us-csl.min-entries", "many")))
        .hasMessageContaining("must be a whole number");
  }

  @ParameterizedTest
  @CsvSource({
    "https://data.trade.gov/x.csv, true",
    "http://127.0.0.1:8080/x.csv, true",
    "http://localhost/x.csv, true",
    "http://[::1]:8080/x.csv, true",
    "http://data.trade.gov/x.csv, false",
    "http://10.0.0.1/x.csv, false",
    "file:///etc/passwd, false",
    "ftp://127.0.0.1/x.csv, false"
  })
  void onlyHttpsOrLoopbackHttpIsFetched(String url, boolean allowed) {
    if (allowed) {
      HttpFetcher.checkAllowed(URI.create(url));
    } else {
      assertThatThrownBy(() -> HttpFetcher.checkAllowed(URI.create(url)))
          .isInstanceOf(DownloadFailedException.class)
          .hasMessageContaining("only https");
    }
  }

  @Test
  void importRecognisesOfficialNamesAndPrimaryFilesByContent() throws IOException {
    OfficialSources sources = OfficialSources.defaults();
    var sdn =
        ImportFiles.match(
            sources.byId("us-ofac-sdn"), SharedLists.listsDir().resolve("us_ofac_sdn/2021-07-07"));
    assertThat(sdn.keySet()).containsExactly("sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv");
    var un =
        ImportFiles.match(
            sources.byId("un-sc-consolidated"),
            SharedLists.listsDir().resolve("un_sc_consolidated/2026-02-27"));
    assertThat(un).containsOnlyKeys("consolidated.xml");
    assertThat(un.get("consolidated.xml").getFileName()).hasToString("UN_consolidated.xml");
    var csl =
        ImportFiles.match(
            sources.byId("us-csl"), SharedLists.listsDir().resolve("us_csl/2023-11-30"));
    assertThat(csl.get("consolidated.csv").getFileName()).hasToString("csl.csv");
    assertThat(
            ImportFiles.match(
                sources.byId("us-csl"), SharedLists.listsDir().resolve("us_ofac_sdn/2021-07-07")))
        .isEmpty();

    Files.writeString(temp.resolve("UK-SANCTIONS-LIST.XML"), "<Designations/>");
    Files.writeString(temp.resolve("SDN.CSV"), "1,\"X\"\n");
    var found = ImportFiles.matchAll(sources.all(), temp);
    assertThat(found.keySet())
        .extracting(OfficialSource::id)
        .containsExactly("us-ofac-sdn", "uk-sanctions-list");
  }
}
