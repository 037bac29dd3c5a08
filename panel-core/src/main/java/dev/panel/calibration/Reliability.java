package dev.panel.calibration;

/**
 * Krippendorff's alpha over units = (candidate, competency): per competency on that competency's main scale, and
 * overall (all competencies' units together) on the reference scale. Values on another scale maximum are left
 * out of the alpha they do not fit, because alpha compares levels of one scale; they are counted.
 */
final class Reliability {

    final KrippendorffAlpha overall;
    final KrippendorffAlpha[] perCompetency;
    /** Ratings left out of the overall alpha, and of each competency's, for being on another scale. */
    long overallOffScale;
    final long[] offScale;

    private Reliability(RatingTable table) {
        overall = new KrippendorffAlpha(Math.max(1, table.referenceScale));
        perCompetency = new KrippendorffAlpha[table.competencies()];
        offScale = new long[table.competencies()];
        for (int c = 0; c < perCompetency.length; c++) {
            perCompetency[c] = new KrippendorffAlpha(table.competencyScale[c]);
        }
    }

    /** Alpha from the ratings in {@code unitOrder}, where each (candidate, competency) unit is one run. */
    static Reliability of(RatingTable table, int[] unitOrder) {
        Reliability reliability = new Reliability(table);
        int[] scratch = new int[16];
        int[] overallValues = new int[16];
        int start = 0;
        while (start < unitOrder.length) {
            int end = UnitRuns.end(table, unitOrder, start);
            if (end - start > scratch.length) {
                scratch = new int[2 * (end - start)];
                overallValues = new int[2 * (end - start)];
            }
            int competency = table.competency[unitOrder[start]];
            int own = 0;
            int common = 0;
            for (int i = start; i < end; i++) {
                int r = unitOrder[i];
                if (table.scaleMax[r] == table.competencyScale[competency]) {
                    scratch[own++] = table.value[r];
                } else {
                    reliability.offScale[competency]++;
                }
                if (table.scaleMax[r] == table.referenceScale) {
                    overallValues[common++] = table.value[r];
                } else {
                    reliability.overallOffScale++;
                }
            }
            reliability.perCompetency[competency].addUnit(scratch, 0, own);
            reliability.overall.addUnit(overallValues, 0, common);
            start = end;
        }
        return reliability;
    }
}
