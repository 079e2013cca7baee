package org.interdict.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.interdict.lists.ListSource;

/**
 * The trade.gov CSL CSV export: the fuzzed bytes as a whole file, and as lines between two entries.
 */
class CslCsvFuzzTest {
  private static final String HEADER =
      "_id,source,entity_number,type,programs,name,title,addresses,"
          + "federal_register_notice,start_date,end_date,standard_order,license_requirement,license_policy,call_sign,"
          + "vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,"
          + "alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,ids\n";
  private static final String REST = ",,,,,,,,,,,,,,,,,,,,,,,\n";
  private static final byte[] BEFORE =
      FuzzBytes.utf8(
          HEADER
              + "fuzz-before,Entity List (EL) - Bureau of Industry and Security,,Entity,EAR,FUZZ BEFORE TRADING LLC"
              + REST);
  private static final byte[] AFTER =
      FuzzBytes.utf8(
          "\nfuzz-after,Entity List (EL) - Bureau of Industry and Security,,Entity,EAR,FUZZ AFTER TRADING LLC"
              + REST);

  @FuzzTest(maxDuration = "20s")
  void readsEveryEntryAroundABadRow(byte[] input) {
    ListChecks.checkLines(
        ListSource.fromId("us-csl"),
        "consolidated.csv",
        BEFORE,
        input,
        AFTER,
        "fuzz-before",
        "fuzz-after");
  }
}
