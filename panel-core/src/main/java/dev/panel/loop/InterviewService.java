package dev.panel.loop;

import dev.panel.candidate.Candidate;
import dev.panel.candidate.CandidateService;
import dev.panel.competency.CompetencyService;
import dev.panel.competency.RubricVersion;
import dev.panel.question.Question;
import dev.panel.question.QuestionService;
import dev.panel.question.QuestionView;
import dev.panel.user.Actor;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The interviewer's side of loops: the interviews they sit on, and the kit for each. */
@Singleton
public class InterviewService {

    private static final Comparator<AssignedInterview> SOONEST_FIRST = Comparator.comparing(
            (AssignedInterview i) -> i.interview().scheduledAt(), Comparator.nullsLast(Comparator.<Instant>naturalOrder()));

    private final LoopService loops;
    private final CandidateService candidates;
    private final QuestionService questions;
    private final CompetencyService competencies;

    InterviewService(LoopService loops, CandidateService candidates, QuestionService questions,
                     CompetencyService competencies) {
        this.loops = loops;
        this.candidates = candidates;
        this.questions = questions;
        this.competencies = competencies;
    }

    /** The interviews the actor sits on, soonest first, unscheduled ones last. */
    @ReadOnly
    public List<AssignedInterview> assignedTo(Actor actor) {
        List<LoopView> theirs = loops.interviewsOf(actor);
        Map<Long, Candidate> byId = candidates.byIds(theirs.stream().map(l -> l.loop().candidateId()).toList());
        return theirs.stream()
                .flatMap(loop -> loop.interviews().stream()
                        .filter(i -> i.panelistIds().contains(actor.id()))
                        .map(i -> new AssignedInterview(i.interview(), byId.get(loop.loop().candidateId()).name(), i.stage(), loop.loop().state())))
                .sorted(SOONEST_FIRST)
                .toList();
    }

    /** The kit of one interview, for its panelists and for staff who may see the loop. */
    @ReadOnly
    public InterviewKit kit(Actor actor, long interviewId) {
        InterviewView interview = loops.interview(actor, interviewId);
        HiringLoop loop = loops.visibleLoop(actor, interview.interview().loopId());
        FrozenPlan.Stage stage = interview.stage();
        Map<Long, QuestionView> found = questions.byIds(stage.questionIds());
        List<Question> inOrder = stage.questionIds().stream().map(found::get).filter(Objects::nonNull).map(QuestionView::question).toList();
        Map<Long, RubricVersion> rubrics = competencies.rubricVersions(stage.focus().stream().map(FrozenPlan.Focus::rubricVersionId).toList());
        List<InterviewKit.FocusRubric> focus = stage.focus().stream()
                .map(f -> new InterviewKit.FocusRubric(f.competencyId(), f.name(), rubrics.get(f.rubricVersionId()))).toList();
        return new InterviewKit(interview.interview(), candidates.get(loop.candidateId()).name(), stage, inOrder, focus);
    }
}
