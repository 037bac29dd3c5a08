package dev.panel.export;

import dev.panel.calibration.CalibrationResult;
import dev.panel.calibration.CalibrationResult.InterviewerStats;
import dev.panel.calibration.Rating;
import dev.panel.xlsx.Column;
import dev.panel.xlsx.StreamedSheet;
import dev.panel.xlsx.XlsxWorkbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The <i>Matrix</i> sheet: candidates down, interviewers across, each cell the mean of the interviewer's ratings of
 * the candidate (on the reference scale), with a colour scale. Ratings are kept as one {@code long} each
 * (candidate, interviewer, level, scale packed together), sorted, and written a candidate at a time, so a million
 * ratings cost 8 MB here. A sheet with thousands of columns helps nobody: past {@value #MAX_INTERVIEWERS}
 * interviewers, the matrix shows the {@value #MAX_INTERVIEWERS} with the most ratings (in order of name) and the
 * candidates they rated; candidates past Excel's row limit go on in "Matrix (2)".
 */
final class RatingMatrix {

    static final int MAX_INTERVIEWERS = 250;
    private static final int LEVEL_BITS = 4;

    private final Map<String, Integer> candidateIndex = new HashMap<>();
    private final Map<String, Integer> interviewerColumn = new HashMap<>();
    private final List<String> candidates;
    private final List<String> shown;
    private final int interviewers;
    private final int referenceScale;
    private long[] cells = new long[1024];
    private int size;

    RatingMatrix(CalibrationResult result) {
        candidates = result.candidates().stream().map(CalibrationResult.CandidateStats::name).toList();
        for (int i = 0; i < candidates.size(); i++) {
            candidateIndex.put(candidates.get(i), i);
        }
        interviewers = result.interviewers().size();
        shown = result.interviewers().stream()
                .sorted(Comparator.comparingInt(InterviewerStats::ratings).reversed().thenComparing(InterviewerStats::name))
                .limit(MAX_INTERVIEWERS).map(InterviewerStats::name).sorted().toList();
        for (int j = 0; j < shown.size(); j++) {
            interviewerColumn.put(shown.get(j), j);
        }
        referenceScale = result.overall().scaleMax();
    }

    /** Takes one rating, under the names of the result; ratings of interviewers not shown are left out. */
    void add(Rating rating) {
        Integer column = interviewerColumn.get(rating.interviewer());
        Integer row = candidateIndex.get(rating.candidate());
        if (column == null || row == null) {
            return;
        }
        if (size == cells.length) {
            cells = Arrays.copyOf(cells, size * 2);
        }
        long pair = (long) row * shown.size() + column;
        cells[size++] = pair << 2 * LEVEL_BITS | (long) rating.value() << LEVEL_BITS | rating.scaleMax();
    }

    /** Interviewers left out of the matrix, 0 when it shows everyone. */
    int interviewersLeftOut() {
        return interviewers - shown.size();
    }

    int interviewersShown() {
        return shown.size();
    }

    /** Writes the sheet and lets go of the ratings; returns the candidates written. */
    long write(XlsxWorkbook workbook) {
        Arrays.sort(cells, 0, size);
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text("Candidate"));
        shown.forEach(name -> columns.add(Column.decimal(name)));
        long written = 0;
        try (StreamedSheet sheet = workbook.streamedSheet("Matrix", columns, 1)) {
            if (!shown.isEmpty()) {
                sheet.colourScale(1, shown.size());
            }
            int i = 0;
            while (i < size) {
                int row = (int) ((cells[i] >>> 2 * LEVEL_BITS) / shown.size());
                Object[] values = new Object[shown.size() + 1];
                values[0] = candidates.get(row);
                while (i < size && (cells[i] >>> 2 * LEVEL_BITS) / shown.size() == row) {
                    long pair = cells[i] >>> 2 * LEVEL_BITS;
                    double sum = 0;
                    int n = 0;
                    for (; i < size && cells[i] >>> 2 * LEVEL_BITS == pair; i++, n++) {
                        sum += onReference(cells[i]);
                    }
                    values[(int) (pair % shown.size()) + 1] = sum / n;
                }
                sheet.row(values);
                written++;
            }
        }
        cells = null;
        return written;
    }

    /** The level mapped linearly onto the reference scale, as the analysis maps it. */
    private double onReference(long cell) {
        int scale = (int) (cell & (1 << LEVEL_BITS) - 1);
        int value = (int) (cell >>> LEVEL_BITS & (1 << LEVEL_BITS) - 1);
        return scale == referenceScale ? value : 1.0 + (value - 1.0) * (referenceScale - 1.0) / (scale - 1.0);
    }
}
