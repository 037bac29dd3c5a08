package dev.panel.security;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Times across the spring clock changes of 2026: the US moves on 8 March, Europe on 29 March, so between them
 * New York is UTC-4 and Berlin UTC+1, and from 29 March Berlin is UTC+2.
 */
class ReaderTimeTest {

    static final ReaderTime BERLIN = ReaderTime.of("Europe/Berlin", "en-GB", null, null);
    static final ReaderTime NEW_YORK = ReaderTime.of("America/New_York", "en-US", null, null);

    @Test
    void a_berlin_picker_scheduling_15_00_either_side_of_europes_clock_change_stores_the_right_instants() {
        assertThat(BERLIN.instantOf(LocalDateTime.of(2026, 3, 28, 15, 0))).isEqualTo(Instant.parse("2026-03-28T14:00:00Z"));
        assertThat(BERLIN.instantOf(LocalDateTime.of(2026, 3, 30, 15, 0))).isEqualTo(Instant.parse("2026-03-30T13:00:00Z"));
        assertThat(BERLIN.local(Instant.parse("2026-03-30T13:00:00Z"))).isEqualTo(LocalDateTime.of(2026, 3, 30, 15, 0));
    }

    @Test
    void a_new_york_interviewer_reads_the_same_interviews_at_their_own_times() {
        // newer JDKs put a narrow no-break space before AM
        assertThat(NEW_YORK.moment(Instant.parse("2026-03-28T14:00:00Z")).replace('\u202f', ' ')).isEqualTo("Sat Mar 28, 2026, 10:00 AM EDT");
        assertThat(NEW_YORK.time(Instant.parse("2026-03-30T13:00:00Z")).replace('\u202f', ' ')).isEqualTo("9:00 AM EDT");
    }

    @Test
    void the_picker_sees_each_interviewers_time_beside_their_own_only_where_the_clocks_differ() {
        Instant saturday = BERLIN.instantOf(LocalDateTime.of(2026, 3, 28, 15, 0));
        Instant monday = BERLIN.instantOf(LocalDateTime.of(2026, 3, 30, 15, 0));

        assertThat(BERLIN.theirTime(saturday, "America/New_York")).isEqualTo("10:00 America/New_York");
        assertThat(BERLIN.theirTime(monday, "America/New_York")).isEqualTo("09:00 America/New_York");
        assertThat(BERLIN.theirTime(monday, "Europe/Paris")).isNull();
        assertThat(BERLIN.theirTime(monday, null)).isNull();
        assertThat(BERLIN.theirTime(BERLIN.instantOf(LocalDateTime.of(2026, 3, 30, 1, 0)), "America/New_York"))
                .isEqualTo("Sun 29 Mar, 19:00 America/New_York");
    }

    @Test
    void a_moment_names_its_zone_with_the_short_name_of_the_season_or_else_the_offset() {
        assertThat(BERLIN.moment(Instant.parse("2026-03-28T14:00:00Z"))).isEqualTo("Sat 28 Mar 2026, 15:00 CET");
        assertThat(BERLIN.moment(Instant.parse("2026-03-30T13:00:00Z"))).isEqualTo("Mon 30 Mar 2026, 15:00 CEST");
        assertThat(ReaderTime.of("Asia/Kolkata", "en-GB", null, null).time(Instant.parse("2026-03-30T13:00:00Z")))
                .isEqualTo("18:30 UTC+05:30");
        assertThat(ReaderTime.of(null, "en-GB", null, null).time(Instant.parse("2026-03-30T13:00:00Z"))).isEqualTo("13:00 UTC");
    }

    @Test
    void the_readers_day_decides_what_is_today() {
        Instant lateInNewYork = Instant.parse("2026-03-31T02:30:00Z");
        assertThat(NEW_YORK.dayOf(lateInNewYork)).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(BERLIN.dayOf(lateInNewYork)).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(BERLIN.startOf(LocalDate.of(2026, 3, 30))).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
    }

    @Test
    void the_account_wins_over_the_browser_and_the_browser_over_the_defaults() {
        assertThat(ReaderTime.of("Europe/Berlin", "de-DE", "America/New_York", Locale.US))
                .isEqualTo(new ReaderTime(ZoneId.of("Europe/Berlin"), Locale.GERMANY));
        assertThat(ReaderTime.of(null, null, "America/New_York", Locale.US)).isEqualTo(new ReaderTime(ZoneId.of("America/New_York"), Locale.US));
        assertThat(ReaderTime.of(null, null, "Etc/UTC", null)).isEqualTo(ReaderTime.of(null, null, null, null));
        assertThat(ReaderTime.of("Not/AZone", null, null, null).zoneName()).isEqualTo("UTC");
        assertThat(ReaderTime.of(null, null, null, null).locale()).isEqualTo(Locale.UK);
    }

    @Test
    void dates_follow_the_readers_locale() {
        LocalDate tenthOfDecember = LocalDate.of(2026, 12, 10);
        assertThat(BERLIN.day(tenthOfDecember)).isEqualTo("10 Dec 2026");
        assertThat(NEW_YORK.day(tenthOfDecember)).isEqualTo("Dec 10, 2026");
        assertThat(ReaderTime.of(null, "de-DE", null, null).day(tenthOfDecember)).isEqualTo("10.12.2026");
    }
}
