package dev.panel.export;

import dev.panel.calibration.CalibrationAnalysis;
import dev.panel.ratings.RatingRow;
import dev.panel.scorecard.Recommendation;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The calibration workbook of N synthetic ratings for the export benchmark: candidates rated by three of 500
 * interviewers on four competencies each (12 ratings a candidate; see {@link #each}), analysed in full, then written with every sheet,
 * the ratings generated a second time for the Raw sheet as the database would stream them.
 */
public final class CalibrationWorkbookBench {

    private static final String[] COMPETENCIES = {"Architecture and technical judgement", "Reliability and operations",
        "Delivery and execution", "People leadership and coaching"};
    private static final Instant START = Instant.parse("2025-01-06T09:00:00Z");
    private static final int INTERVIEWERS = 500;

    private CalibrationWorkbookBench() {
    }

    private static String lastPhases = "";

    public static void write(Path file, int rows) throws IOException {
        long started = System.nanoTime();
        CalibrationAnalysis analysis = new CalibrationAnalysis();
        CalibrationAnalysis.Gathered ratings = analysis.gather(rows);
        each(rows, row -> ratings.add(row.candidate(), row.interviewer(), row.competency(), row.stage(), row.value(), row.scaleMax()));
        long gathered = System.nanoTime();
        CalibrationSheets[] sheets = new CalibrationSheets[1];
        analysis.analyse(ratings, result -> {
            sheets[0] = new CalibrationSheets(result);
            return sheets[0]::addNamed;
        });
        long analysed = System.nanoTime();
        try (BufferedOutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            sheets[0].write(out, new CalibrationSheets.Sources("benchmark", null, null, Map.of(), sink -> each(rows, sink),
                    ids -> Map.of(), ids -> Map.of()));
        }
        long written = System.nanoTime();
        lastPhases = String.format(java.util.Locale.ROOT, "gathering %.2f s, analysis (alpha, leniency, halo, Rasch fit...) %.2f s, writing the sheets %.2f s",
                (gathered - started) / 1e9, (analysed - gathered) / 1e9, (written - analysed) / 1e9);
    }

    /** Where the last {@link #write} spent its time. */
    public static String lastPhases() {
        return lastPhases;
    }

    /**
     * Twelve ratings a candidate: three interviewers, each on the four competencies. Each panel is three distinct
     * interviewers drawn (by a hash of the candidate) from all 500, and a level is the candidate's standing, the
     * interviewer's leniency and some noise, kept on the scale, as in a real pool. (An earlier design took panels
     * from a fixed ring, interviewer j only ever sitting with j +- 13 and 26, and let a lenient rating of 4 wrap round
     * to 1: the Rasch fit then stopped at its 200 iterations unconverged, which measured that, not the workbook.)
     */
    private static void each(int rows, Consumer<RatingRow> sink) {
        for (int i = 0; i < rows; i++) {
            int candidate = i / 12;
            int seat = i / 4 % 3;
            long hash = mix(candidate);
            int first = (int) Long.remainderUnsigned(hash, INTERVIEWERS);
            int apart = 1 + (int) Long.remainderUnsigned(hash >>> 24, INTERVIEWERS / 2 - 1);
            int interviewer = (first + seat * apart) % INTERVIEWERS;
            double leniency = interviewer % 5 == 0 ? 0.7 : interviewer % 7 == 0 ? -0.7 : 0;
            double noise = 0.6 * (Long.remainderUnsigned(mix(i), 3) - 1);
            int value = (int) Math.max(1, Math.min(4, Math.round(2.5 + 0.5 * (candidate % 4 - 1.5) + leniency + noise)));
            sink.accept(new RatingRow("Candidate " + candidate, "Candidate " + candidate, null, "Technical Lead", "Deep dive",
                    "Interviewer " + interviewer, "Interviewer " + interviewer, COMPETENCIES[i % 4], null, value, 4,
                    Recommendation.values()[value - 1], null, START.plusSeconds(i * 37L)));
        }
    }

    /** SplitMix64's finaliser: a well-spread hash of a number. */
    private static long mix(long x) {
        long z = x * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
