package org.interdict.server.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.interdict.store.remediation.ProgressSnapshot;
import org.junit.jupiter.api.Test;

/** The burn-down is daily: days without a change repeat the day before, up to the as-of date. */
class BurndownTest {
  static ProgressSnapshot on(String day, long open, long verified) {
    return new ProgressSnapshot(LocalDate.parse(day), open, 0, 0, verified);
  }

  @Test
  void fillsDaysWithoutChangesUpToTheAsOfDate() {
    List<OverviewApi.Burndown> points =
        OverviewApi.daily(
            List.of(on("2024-09-28", 6, 0), on("2024-09-30", 4, 2)), LocalDate.parse("2024-10-01"));
    assertThat(points)
        .extracting(OverviewApi.Burndown::date)
        .containsExactly("2024-09-28", "2024-09-29", "2024-09-30", "2024-10-01");
    assertThat(points).extracting(OverviewApi.Burndown::open).containsExactly(6L, 6L, 4L, 4L);
    assertThat(points.get(3).verified()).isEqualTo(2);
  }

  @Test
  void showsAtMostTheLastDaysAndNothingWithoutSnapshots() {
    assertThat(OverviewApi.daily(List.of(), LocalDate.parse("2024-10-01"))).isEmpty();
    List<OverviewApi.Burndown> points =
        OverviewApi.daily(List.of(on("2020-01-01", 9, 0)), LocalDate.parse("2024-10-01"));
    assertThat(points).hasSize(OverviewApi.BURNDOWN_DAYS);
    assertThat(points.get(points.size() - 1).date()).isEqualTo("2024-10-01");
    assertThat(points.get(0).open()).isEqualTo(9);
  }
}
