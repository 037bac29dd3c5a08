package dev.panel.calibration;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Times {@link CalibrationAnalysis} on a million ratings: 100,000 candidates, each rated by 5 of 500 interviewers
 * on 2 of 12 competencies. Prints the figures; asserts nothing (a figure, not a test). CPU time is printed
 * beside wall time because the machine may be shared: wall time then includes waiting for a core. Run it with the heap the
 * target names:
 * <pre>
 * java -Xmx512m -cp panel-core/target/test-classes:panel-core/target/classes:commons-math3-3.6.1.jar \
 *      dev.panel.calibration.CalibrationBenchmark [runs]
 * </pre>
 */
public final class CalibrationBenchmark {

    private CalibrationBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        long built = System.nanoTime();
        SimulatedPanel panel = new SimulatedPanel(2026, 100_000, 500, 12, 5, 2, 0.7);
        System.out.printf("simulated %,d ratings in %.1f s%n", panel.ratings.size(), (System.nanoTime() - built) / 1e9);
        CalibrationAnalysis analysis = new CalibrationAnalysis();
        for (int run = 1; run <= runs; run++) {
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            CalibrationResult result = analysis.analyse(panel.ratings);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
            System.out.printf("run %d: %.2f s wall, %.2f s CPU of this thread, peak heap %d MB (max %d MB), Rasch %d iterations (converged %s), "
                            + "alpha ordinal %.3f, %d candidates, %d interviewers%n",
                    run, seconds, cpu, peakHeapMegabytes(), Runtime.getRuntime().maxMemory() >> 20,
                    result.rasch().iterations(), result.rasch().converged(), result.overall().alphaOrdinal(),
                    result.candidates().size(), result.interviewers().size());
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    /** The sum of the heap pools' peaks since the last reset: an upper bound of the heap in use during the run. */
    private static long peakHeapMegabytes() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes >> 20;
    }
}
