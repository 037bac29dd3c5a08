package dev.panel.drill;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import io.micronaut.serde.annotation.Serdeable;

/** One anonymised answer, written for the drill, with its consensus level once there is one. */
@Serdeable
@MappedEntity("drill_sample")
public record SampleAnswer(
        @Id @GeneratedValue @Nullable Long id,
        long drillId,
        int position,
        String answer,
        @Nullable Integer consensusLevel,
        @Nullable ConsensusSource consensusSource,
        @Version @Nullable Long version) {

    public static final int ANSWER_LIMIT = 8000;

    SampleAnswer withConsensus(@Nullable Integer level, @Nullable ConsensusSource source) {
        return new SampleAnswer(id, drillId, position, answer, level, level == null ? null : source, version);
    }

    /** What an interviewer who has not submitted sees: the answer, never the consensus. */
    SampleAnswer blind() {
        return new SampleAnswer(id, drillId, position, answer, null, null, version);
    }
}
