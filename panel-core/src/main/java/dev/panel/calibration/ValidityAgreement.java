package dev.panel.calibration;

import dev.panel.scorecard.Recommendation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The decision's agreement with the outcome: hires by the panel's view against how they later did ({@link Validity.AgreementRow}). */
final class ValidityAgreement {

    static final String NO_VIEW = "No recommendation";
    static final String ALL = "All hires";

    private ValidityAgreement() {
    }

    static List<Validity.AgreementRow> table(RatingTable table, double[] outcome, Boolean[] employed, boolean[] hired,
                                             Map<String, Recommendation> views) {
        List<String> order = new ArrayList<>();
        for (int i = Recommendation.values().length - 1; i >= 0; i--) {
            order.add(Recommendation.values()[i].label());
        }
        order.add(NO_VIEW);
        order.add(ALL);
        int[][] cells = new int[order.size()][7];
        for (int c = 0; c < hired.length; c++) {
            if (!hired[c]) {
                continue;
            }
            Recommendation view = views.get(table.candidateNames.get(c));
            int row = view == null ? order.size() - 2 : Recommendation.values().length - 1 - view.ordinal();
            add(cells[row], outcome[c], employed[c]);
            add(cells[order.size() - 1], outcome[c], employed[c]);
        }
        List<Validity.AgreementRow> rows = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            int[] k = cells[i];
            if (k[0] > 0 || order.get(i).equals(ALL)) {
                rows.add(new Validity.AgreementRow(order.get(i), k[0], k[1], k[2], k[3], k[4], k[5], k[6]));
            }
        }
        return List.copyOf(rows);
    }

    /** Low is the bottom third of the scale, high the top third (on a 1–4 scale: 1 low, 2–3 mid, 4 high; on 1–5: 1–2, 3, 4–5). */
    private static void add(int[] cells, double share, Boolean employed) {
        cells[0]++;
        if (Double.isNaN(share)) {
            cells[4]++;
        } else if (share < 1 / 3.0 - 1e-9) {
            cells[1]++;
        } else if (share > 2 / 3.0 + 1e-9) {
            cells[3]++;
        } else {
            cells[2]++;
        }
        if (employed != null) {
            cells[employed ? 5 : 6]++;
        }
    }
}
