package dev.panel.xlsx;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the same synthetic long sheet of ratings (10 columns) with Panel's streaming writer, a plain CSV writer
 * (Commons CSV) and fastexcel, then the whole calibration workbook (analysis included) and the scorecard export of as many
 * ratings (each writer warmed the same, and up to 100k rows the fastest of three runs taken in turns), and prints times, ratios to fastexcel, file sizes and peak heap, and a BENCH line per workbook and size. Not a
 * test: run it with {@code bench/exports.sh}, which gives it {@code -Xmx256m}. Arguments: [--quick] row counts (default
 * 100000 1000000; quick 10000 50000).
 */
public final class ExportBench {

    private static final String[] COMPETENCIES = {"Architecture and technical judgement", "Reliability and operations",
        "Delivery and execution", "Technical debt and modernisation", "Security, privacy and compliance", "Cost and vendor management",
        "Hiring and talent", "People leadership and coaching", "Stakeholder influence", "Organisation design", "Strategy",
        "Learning and innovation"};
    private static final String[] STAGES = {"Technical deep dive", "Leadership and people", "Architecture under a deadline", "Executive panel"};
    private static final String[] ROLES = {"CTO", "Technical Director", "Head of Engineering", "Technical Lead"};
    private static final String[] RECOMMENDATIONS = {"Strong no", "No", "Yes", "Strong yes"};
    private static final String[] TITLES = {"Candidate", "Role", "Stage", "Interviewer", "Competency", "Rating", "Scale",
        "Recommendation", "Evidence", "Submitted at"};
    private static final Instant START = Instant.parse("2025-01-06T09:00:00Z");
    private static final String PLAIN_CSV = "plain CSV";
    private static final String FASTEXCEL = "fastexcel";
    private static final String CALIBRATION = "calibration workbook";
    private static final String SCORECARDS = "scorecard export";
    /** The scorecard export's target is set at 100k ratings; at 1M it would write 83,000 panel sheets. */
    private static final int SCORECARD_EXPORT_ROWS = 100_000;
    private static final double TARGET_RATIO = 1.5;
    private static final int WARM_UP_ROUNDS = 3;
    private static final int RUNS = 3;

    private ExportBench() {
    }

    interface Writer10 {
        void write(Path file, int rows) throws IOException;
    }

    record Result(String writer, int rows, double seconds, long bytes, long peakHeapMb) {
    }

    public static void main(String[] args) throws IOException {
        boolean quick = args.length > 0 && args[0].equals("--quick");
        String[] counts = quick ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
        int[] sizes = counts.length > 0 ? java.util.Arrays.stream(counts).mapToInt(Integer::parseInt).toArray()
                : quick ? new int[] {10_000, 50_000} : new int[] {100_000, 1_000_000};
        Path dir = Files.createTempDirectory("panel-bench");
        List<String> names = List.of("Panel xlsx (level " + XlsxWorkbook.DEFAULT_COMPRESSION + ")", "Panel xlsx (level 6)", PLAIN_CSV,
                FASTEXCEL, "fastexcel, all inline", CALIBRATION, SCORECARDS);
        List<Writer10> writers = List.of((f, n) -> panel(f, n, XlsxWorkbook.DEFAULT_COMPRESSION), (f, n) -> panel(f, n, 6),
                ExportBench::csv, (f, n) -> fastexcel(f, n, true), (f, n) -> fastexcel(f, n, false),
                dev.panel.export.CalibrationWorkbookBench::write, dev.panel.export.ScorecardExportBench::write);
        // Every writer is warmed the same: WARM_UP_ROUNDS rounds over all of them. One round left the JIT compiling
        // the scorecard export's per-sheet code (8,334 small sheets at 100k) during its measurement: its second and
        // third runs in one JVM took 40% and 60% less than its first.
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (int w = 0; w < writers.size(); w++) {
                writers.get(w).write(dir.resolve("warm-up"), quick ? 5_000 : 20_000);
            }
        }
        List<Result> results = new ArrayList<>();
        for (int rows : sizes) {
            // On a shared machine one run is mostly noise: up to 100k rows, every writer runs RUNS times, taking turns,
            // and keeps its fastest (its peak heap is the highest of its runs).
            int runs = rows <= SCORECARD_EXPORT_ROWS ? RUNS : 1;
            Result[] best = new Result[writers.size()];
            for (int run = 0; run < runs; run++) {
                for (int w = 0; w < writers.size(); w++) {
                    if (names.get(w).equals(SCORECARDS) && rows > SCORECARD_EXPORT_ROWS || best[w] != null && Double.isNaN(best[w].seconds())) {
                        continue;
                    }
                    Result result = measure(names.get(w), writers.get(w), dir.resolve("bench-" + w), rows);
                    best[w] = best[w] == null ? result : new Result(result.writer(), rows, Math.min(best[w].seconds(), result.seconds()),
                            result.bytes(), Math.max(best[w].peakHeapMb(), result.peakHeapMb()));
                }
            }
            for (Result result : best) {
                if (result != null) {
                    results.add(result);
                }
            }
        }
        Files.deleteIfExists(dir.resolve("warm-up"));
        Files.delete(dir);
        print(results);
        printBenchLines(results);
    }

    /** One run of one writer: its time, file size and peak heap, or NaN seconds when it ran out of memory. */
    private static Result measure(String name, Writer10 writer, Path file, int rows) throws IOException {
        System.gc();
        resetPeaks();
        long started = System.nanoTime();
        try {
            writer.write(file, rows);
        } catch (OutOfMemoryError e) {
            // a result, not a crash: what was built for this workbook is garbage once unwound
            System.gc();
            Files.deleteIfExists(file);
            return new Result(name, rows, Double.NaN, 0, peakHeapMb());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Result result = new Result(name, rows, seconds, Files.size(file), peakHeapMb());
        if (name.equals(CALIBRATION)) {
            System.out.printf(Locale.ROOT, "calibration workbook, %d ratings: %s%n", rows, dev.panel.export.CalibrationWorkbookBench.lastPhases());
        }
        Files.delete(file);
        return result;
    }

    /** The rows of bench/run.sh's table: each workbook against the yardsticks written in the same run over the same rows. */
    private static void printBenchLines(List<Result> results) {
        for (String what : List.of(CALIBRATION, SCORECARDS)) {
            for (Result r : results) {
                if (!r.writer().equals(what)) {
                    continue;
                }
                Result fastexcel = find(results, FASTEXCEL, r.rows());
                Result csv = find(results, PLAIN_CSV, r.rows());
                double ratio = r.seconds() / fastexcel.seconds();
                if (Double.isNaN(r.seconds())) {
                    System.out.printf(Locale.ROOT, "BENCH|%s, %,d ratings, -Xmx%dm|out of memory (fastexcel %.2f s)|≤ %.1f × fastexcel|MISSED%n",
                            what.equals(CALIBRATION) ? "Calibration workbook (all sheets, analysis included)" : "Scorecard export (ratings and panel sheets)",
                            r.rows(), Runtime.getRuntime().maxMemory() / (1024 * 1024), fastexcel.seconds(), TARGET_RATIO);
                    continue;
                }
                System.out.printf(Locale.ROOT, "BENCH|%s, %,d ratings, -Xmx%dm|%.2f s = %.2f × fastexcel (%.2f s), %.1f × plain CSV (%.2f s); "
                                + "peak heap %d MB, %.0f MB file|≤ %.1f × fastexcel|%s%n",
                        what.equals(CALIBRATION) ? "Calibration workbook (all sheets, analysis included)" : "Scorecard export (ratings and panel sheets)",
                        r.rows(), Runtime.getRuntime().maxMemory() / (1024 * 1024), r.seconds(), ratio, fastexcel.seconds(),
                        r.seconds() / csv.seconds(), csv.seconds(), r.peakHeapMb(), r.bytes() / 1e6, TARGET_RATIO, ratio <= TARGET_RATIO ? "MET" : "MISSED");
            }
        }
    }

    private static Result find(List<Result> results, String writer, int rows) {
        return results.stream().filter(x -> x.rows() == rows && x.writer().equals(writer)).findFirst().orElseThrow();
    }

    private static void print(List<Result> results) {
        System.out.printf(Locale.ROOT, "max heap %d MB, %s %s, %d cores%n", Runtime.getRuntime().maxMemory() / (1024 * 1024),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-24s %10s %9s %12s %10s %14s%n", "writer", "rows", "seconds", "vs fastexcel", "file MB", "peak heap MB");
        for (Result r : results) {
            double fastexcel = find(results, FASTEXCEL, r.rows()).seconds();
            System.out.printf(Locale.ROOT, "%-24s %10d %9.2f %12.2f %10.1f %14d%n", r.writer(), r.rows(), r.seconds(), r.seconds() / fastexcel,
                    r.bytes() / 1e6, r.peakHeapMb());
        }
    }

    private static String candidate(int i) {
        return "Candidate " + i / 12;
    }

    private static String interviewer(int i) {
        return "Interviewer " + (i / 3 * 7 % 311);
    }

    private static String evidence(int i) {
        return "Rating " + i + ": described " + COMPETENCIES[i % 12].toLowerCase(Locale.ROOT) + " with a concrete example from their last role";
    }

    private static void panel(Path file, int rows, int level) throws IOException {
        List<Column> columns = List.of(Column.text(TITLES[0]), Column.text(TITLES[1]), Column.text(TITLES[2]), Column.text(TITLES[3]),
                Column.text(TITLES[4]), Column.number(TITLES[5]), Column.number(TITLES[6]), Column.text(TITLES[7]),
                Column.longText(TITLES[8], 60), Column.dateTime(TITLES[9]));
        try (XlsxWorkbook workbook = XlsxWorkbook.writingTo(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), level,
                XlsxWorkbook.EXCEL_ROWS)) {
            StreamedSheet sheet = workbook.streamedSheet("Ratings", columns);
            for (int i = 0; i < rows; i++) {
                sheet.row(candidate(i), ROLES[i / 12 % 4], STAGES[i / 3 % 4], interviewer(i), COMPETENCIES[i % 12], 1 + i * 7 % 4, 4,
                        RECOMMENDATIONS[i / 3 % 4], evidence(i), START.plusSeconds(i * 37L));
            }
        }
    }

    private static void csv(Path file, int rows) throws IOException {
        try (Writer out = new OutputStreamWriter(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord((Object[]) TITLES);
            for (int i = 0; i < rows; i++) {
                csv.printRecord(candidate(i), ROLES[i / 12 % 4], STAGES[i / 3 % 4], interviewer(i), COMPETENCIES[i % 12], 1 + i * 7 % 4, 4,
                        RECOMMENDATIONS[i / 3 % 4], evidence(i), START.plusSeconds(i * 37L));
            }
        }
    }

    /**
     * fastexcel as its documentation shows it: shared strings for repeated text, inline for unique text, rows flushed
     * as they go; or, to see what shared strings are worth, every text inline as Panel's writer does.
     */
    private static void fastexcel(Path file, int rows, boolean sharedStrings) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            Workbook workbook = new Workbook(out, "Panel", "1.0");
            Worksheet sheet = workbook.newWorksheet("Ratings");
            for (int c = 0; c < TITLES.length; c++) {
                sheet.value(0, c, TITLES[c]);
            }
            for (int i = 0; i < rows; i++) {
                int r = i + 1;
                text(sheet, r, 0, candidate(i), sharedStrings);
                text(sheet, r, 1, ROLES[i / 12 % 4], sharedStrings);
                text(sheet, r, 2, STAGES[i / 3 % 4], sharedStrings);
                text(sheet, r, 3, interviewer(i), sharedStrings);
                text(sheet, r, 4, COMPETENCIES[i % 12], sharedStrings);
                sheet.value(r, 5, 1 + i * 7 % 4);
                sheet.value(r, 6, 4);
                text(sheet, r, 7, RECOMMENDATIONS[i / 3 % 4], sharedStrings);
                sheet.inlineString(r, 8, evidence(i));
                sheet.value(r, 9, LocalDateTime.ofInstant(START.plusSeconds(i * 37L), ZoneOffset.UTC));
                sheet.style(r, 9).format("yyyy-mm-dd hh:mm").set();
                if (r % 1000 == 0) {
                    sheet.flush();
                }
            }
            workbook.finish();
        }
    }

    private static void text(Worksheet sheet, int r, int c, String text, boolean shared) {
        if (shared) {
            sheet.value(r, c, text);
        } else {
            sheet.inlineString(r, c, text);
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }
}
