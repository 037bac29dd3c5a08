package dev.panel.privacy;

import dev.panel.candidate.Candidate;
import dev.panel.decision.Decision;
import dev.panel.loop.HiringLoop;
import dev.panel.loop.Interview;
import dev.panel.outcome.CandidateOutcome;
import dev.panel.scorecard.Amendment;
import dev.panel.scorecard.Scorecard;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** Everything Panel holds about one candidate, for handing to them: their row, and each loop with what was written
 * and, for a hire, the later outcomes recorded. */
@Serdeable
public record CandidateExport(Instant exportedAt, Candidate candidate, List<LoopData> loops) {

    @Serdeable
    public record LoopData(HiringLoop loop, List<Interview> interviews, List<Scorecard> scorecards,
                           List<Amendment> amendments, @Nullable Decision decision, List<CandidateOutcome> outcomes) {
    }
}
