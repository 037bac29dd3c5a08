package dev.panel.scorecard;

import dev.panel.common.TransactionRetry;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;

/**
 * Scorecards as the privacy rules see them. Redacting replaces every note and every piece of evidence with a marker
 * and keeps the levels and the recommendation, so that calibration statistics still count them; amendments lose
 * their reason and earlier text the same way. Only privacy.CandidatePrivacy calls this, after its checks.
 */
@Singleton
@TransactionRetry
public class ScorecardErasure {

    private final ScorecardRepositories.Scorecards scorecards;
    private final ScorecardRepositories.Amendments amendments;

    ScorecardErasure(ScorecardRepositories.Scorecards scorecards, ScorecardRepositories.Amendments amendments) {
        this.scorecards = scorecards;
        this.amendments = amendments;
    }

    @ReadOnly
    public List<Scorecard> ofLoops(Collection<Long> loopIds) {
        return loopIds.isEmpty() ? List.of() : scorecards.findByLoopIdInOrderById(loopIds);
    }

    @ReadOnly
    public List<Amendment> amendmentsOf(Collection<Long> scorecardIds) {
        return scorecardIds.isEmpty() ? List.of() : amendments.findByScorecardIdInOrderById(scorecardIds);
    }

    @Transactional
    public void redact(Collection<Long> loopIds, String marker) {
        List<Scorecard> cards = ofLoops(loopIds);
        for (Scorecard card : cards) {
            ScorecardContent redacted = redacted(card.content(), marker);
            scorecards.update(new Scorecard(card.id(), card.interviewId(), card.loopId(), card.interviewerId(), card.state(),
                    card.recommendation(), redacted.notes(), redacted.ratings(), card.submittedAt(), card.createdAt(),
                    card.updatedAt(), card.version()));
        }
        for (Amendment amendment : amendmentsOf(cards.stream().map(Scorecard::id).toList())) {
            amendments.update(new Amendment(amendment.id(), amendment.scorecardId(), amendment.amendedBy(), amendment.amendedAt(),
                    marker, redacted(amendment.previous(), marker)));
        }
    }

    @Transactional
    public void delete(Collection<Long> loopIds) {
        List<Long> ids = ofLoops(loopIds).stream().map(Scorecard::id).toList();
        if (!ids.isEmpty()) {
            amendments.deleteByScorecardIdIn(ids);
            scorecards.deleteByLoopIdIn(loopIds);
        }
    }

    private static ScorecardContent redacted(ScorecardContent content, String marker) {
        return new ScorecardContent(
                content.notes().stream().map(note -> new Note(note.questionId(), note.text() == null || note.text().isBlank() ? note.text() : marker)).toList(),
                content.ratings().stream().map(r -> new Rating(r.competencyId(), r.rubricVersionId(), r.level(),
                        r.hasEvidence() ? marker : r.evidence())).toList(),
                content.recommendation());
    }
}
