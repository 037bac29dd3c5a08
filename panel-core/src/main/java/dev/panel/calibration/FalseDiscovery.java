package dev.panel.calibration;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Benjamini–Hochberg adjusted p-values (Y. Benjamini and Y. Hochberg, "Controlling the false discovery rate",
 * JRSS B 57, 289–300, 1995): with the m p-values sorted, {@code q_(i) = min over k >= i of min(1, m p_(k) / k)}.
 * Flagging every test whose q is at most {@code alpha} keeps the expected share of false flags among the flagged at
 * or below alpha (for independent or positively dependent tests). NaN p-values are not tests: they keep NaN and do
 * not count in m.
 */
public final class FalseDiscovery {

    /** The false discovery rate alerts are held to. */
    public static final double ALPHA = 0.05;

    private FalseDiscovery() {
    }

    public static double[] adjusted(double[] p) {
        Integer[] order = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        int m = order.length;
        double[] q = new double[p.length];
        Arrays.fill(q, Double.NaN);
        double running = 1;
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, Math.min(1, m * p[i] / rank));
            q[i] = running;
        }
        return q;
    }
}
