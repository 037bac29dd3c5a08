package dev.panel.drill;

import dev.panel.competency.RubricLevel;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * After submitting, for one sample answer: the interviewer's level beside the consensus (empty until there is
 * one), the anchors of both, and how the panel's submitted ratings spread over the levels.
 */
@Serdeable
public record SampleFeedback(long sampleId, int position, String answer, int level, RubricLevel anchor, @Nullable Integer consensus,
                             @Nullable RubricLevel consensusAnchor, @Nullable ConsensusSource consensusSource, Map<Integer, Integer> panel,
                             int raters, int spread, boolean anchorMayNeedRewording) {

    public boolean agrees() {
        return consensus != null && consensus == level;
    }
}
