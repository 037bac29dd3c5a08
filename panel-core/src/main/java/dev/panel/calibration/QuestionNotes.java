package dev.panel.calibration;

import java.util.ArrayList;
import java.util.List;

/** What the reader must know about the question analytics: why figures are empty. */
final class QuestionNotes {

    private QuestionNotes() {
    }

    static List<String> of(LoopEvidence evidence, List<QuestionStats> questions) {
        List<String> notes = new ArrayList<>();
        if (evidence.scorecards().isEmpty()) {
            notes.add("Question analytics need Panel's own scorecards with planned questions; there are none among these ratings"
                    + " (an imported dataset has none), so there are no question figures.");
            return notes;
        }
        long thin = questions.stream().filter(q -> q.discrimination() == null).count();
        if (thin > 0) {
            notes.add(thin + " of " + questions.size() + " question figures have no discrimination: it needs at least " + QuestionAnalysis.MIN_N
                    + " candidates rated with the question (and the rest of their loop), and ratings that vary.");
        }
        long untested = questions.stream().filter(q -> q.trendP() == null).count();
        if (untested > 0) {
            notes.add(untested + " of " + questions.size() + " question figures have no drift test: it needs at least " + MannKendall.MIN_POINTS
                    + " months with both the question's ratings and the same interviewers' other ratings.");
        }
        long untimed = questions.stream().filter(q -> q.meanMinutes() == null).count();
        if (untimed > 0) {
            notes.add(untimed + " of " + questions.size() + " question figures have no time: the question's timer was never used.");
        }
        return notes;
    }
}
