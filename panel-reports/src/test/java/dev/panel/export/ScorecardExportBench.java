package dev.panel.export;

import dev.panel.ratings.RatingRow;
import dev.panel.scorecard.Recommendation;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The scorecard export of N synthetic ratings for the export benchmark, with the same rows as its long-sheet
 * yardsticks (12 ratings a candidate by three interviewers), given twice as the database would stream them: the
 * Ratings sheet, then one panel sheet per candidate.
 */
public final class ScorecardExportBench {

    private static final String[] COMPETENCIES = {"Architecture and technical judgement", "Reliability and operations",
        "Delivery and execution", "People leadership and coaching"};
    private static final String[] STAGES = {"Technical deep dive", "Leadership and people", "Architecture under a deadline"};
    private static final Instant START = Instant.parse("2025-01-06T09:00:00Z");

    private ScorecardExportBench() {
    }

    public static void write(Path file, int rows) throws IOException {
        try (BufferedOutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            ScorecardExport.writeWorkbook(sink -> each(rows, sink), out);
        }
    }

    private static long each(int rows, Consumer<RatingRow> sink) {
        for (int i = 0; i < rows; i++) {
            int candidate = i / 12;
            int seat = i / 4 % 3;
            int interviewer = (candidate * 7 + seat * 13) % 500;
            int value = 1 + Math.floorMod(candidate % 4 + (interviewer % 5 == 0 ? 1 : 0) + (i * 31 >> 3) % 2 - 1, 4);
            sink.accept(new RatingRow("candidate:" + candidate, "Candidate " + candidate, (long) candidate, "Technical Lead", STAGES[seat],
                    "interviewer:" + interviewer, "Interviewer " + interviewer, COMPETENCIES[i % 4], null, value, 4,
                    Recommendation.values()[value - 1],
                    "Rating " + i + ": described " + COMPETENCIES[i % 4].toLowerCase(Locale.ROOT) + " with a concrete example from their last role",
                    START.plusSeconds(i * 37L)));
        }
        return rows;
    }
}
