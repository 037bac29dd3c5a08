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
 *      dev.panel.calibration.CalibrationBenchmark [runs] [candidates]
 * </pre>
 * The last line is the benchmark suite's result line ({@code BENCH|what|measured|target|verdict}, see bench/run.sh):
 * the best wall time of the runs, beside the CPU time of all the JVM's threads in that run, and the highest peak
 * heap of all runs. The target (3 s, 512 MB) is for a million ratings; smaller sizes report it without judging.
 */
public final class CalibrationBenchmark {

    private CalibrationBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int candidates = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        long built = System.nanoTime();
        SimulatedPanel panel = new SimulatedPanel(2026, candidates, 500, 12, 5, 2, 0.7);
        System.out.printf("simulated %,d ratings in %.1f s%n", panel.ratings.size(), (System.nanoTime() - built) / 1e9);
        CalibrationAnalysis analysis = new CalibrationAnalysis();
        double bestWall = Double.MAX_VALUE;
        double bestWallProcessCpu = 0;
        long peakHeap = 0;
        for (int run = 1; run <= runs; run++) {
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            long processCpuStart = processCpuNanos();
            CalibrationResult result = analysis.analyse(panel.ratings);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
            double processCpu = (processCpuNanos() - processCpuStart) / 1e9;
            long peak = peakHeapMegabytes();
            if (seconds < bestWall) {
                bestWall = seconds;
                bestWallProcessCpu = processCpu;
            }
            peakHeap = Math.max(peakHeap, peak);
            System.out.printf("run %d: %.2f s wall, %.2f s CPU of this thread, %.2f s CPU of the process, peak heap %d MB (max %d MB), "
                            + "Rasch %d iterations (converged %s), alpha ordinal %.3f, %d candidates, %d interviewers%n",
                    run, seconds, cpu, processCpu, peak, Runtime.getRuntime().maxMemory() >> 20,
                    result.rasch().iterations(), result.rasch().converged(), result.overall().alphaOrdinal(),
                    result.candidates().size(), result.interviewers().size());
        }
        boolean full = panel.ratings.size() >= 1_000_000;
        String what = String.format("alpha, leniency and Rasch on %s ratings",
                full ? "1M" : String.format("%,d", panel.ratings.size()));
        String measured = String.format("%.2f s wall (best of %d; %.2f s CPU), peak heap %d MB at -Xmx%d MB",
                bestWall, runs, bestWallProcessCpu, peakHeap, Runtime.getRuntime().maxMemory() >> 20);
        String verdict = bestWall <= 3.0 && peakHeap <= 512 ? "MET" : "MISSED";
        System.out.println("BENCH|" + what + "|" + measured + "|≤ 3 s, heap ≤ 512 MB" + (full ? "" : " (set for 1M)") + "|" + verdict);
    }

    /** CPU time of the whole JVM (every thread, the collector's too), or 0 where the platform does not say. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
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
