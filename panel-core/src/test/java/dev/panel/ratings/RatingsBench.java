package dev.panel.ratings;

import dev.panel.testing.Names;
import dev.panel.testing.TestDatabase;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import io.micronaut.context.ApplicationContext;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Imports N synthetic ratings from a CSV file as a dataset, then reads them back through the rating stream, and
 * prints the time of each and the peak heap. Not a test: run it with {@code bench/ratings.sh N}, which gives it
 * {@code -Xmx256m} and the test database of the environment (PANEL_TEST_JDBC_URL, else as the tests choose).
 */
public final class RatingsBench {

    private RatingsBench() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path csv = Files.createTempFile("panel-ratings-", ".csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv)) {
            out.write("candidate,interviewer,competency,rating,scale,date,stage,role,recommendation\n");
            for (int i = 0; i < rows; i++) {
                out.write("Candidate " + i / 12 + ",Interviewer " + i / 3 * 7 % 311 + ",Competency " + i % 12 + "," + (1 + i * 7 % 4)
                        + ",4,2025-" + String.format(Locale.ROOT, "%02d-%02d", 1 + i % 12, 1 + i % 28) + ",Stage " + i / 3 % 4
                        + ",Role " + i / 12 % 4 + ",yes\n");
            }
        }
        Actor recruiter = new Actor(0, "ratings-bench", Set.of(Role.RECRUITER));
        try (ApplicationContext context = ApplicationContext.run(TestDatabase.properties())) {
            RatingImportService imports = context.getBean(RatingImportService.class);
            RatingService ratings = context.getBean(RatingService.class);
            String name = Names.unique("bench");
            resetPeaks();
            long started = System.nanoTime();
            try (Reader in = Files.newBufferedReader(csv)) {
                imports.importCsv(recruiter, name, in);
            }
            double importSeconds = (System.nanoTime() - started) / 1e9;
            long importHeap = peakHeapMb();
            resetPeaks();
            started = System.nanoTime();
            long[] sum = {0};
            long read = ratings.each(recruiter, RatingFilter.dataset(name), row -> sum[0] += row.value());
            double readSeconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "%d ratings (%.1f MB of CSV), max heap %d MB%n", rows, Files.size(csv) / 1e6,
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
            System.out.printf(Locale.ROOT, "import: %.1f s (%.0f rows/s), peak heap %d MB%n", importSeconds, rows / importSeconds, importHeap);
            System.out.printf(Locale.ROOT, "stream: %.1f s (%.0f rows/s), peak heap %d MB, %d rows read%n", readSeconds, read / readSeconds,
                    peakHeapMb(), read);
        } finally {
            Files.delete(csv);
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
