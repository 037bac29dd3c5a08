package dev.panel.testing;

import dev.panel.competency.CompetencyService;
import dev.panel.drill.DrillAttempt;
import dev.panel.drill.DrillDraft;
import dev.panel.drill.DrillRatingService;
import dev.panel.drill.DrillService;
import dev.panel.drill.DrillView;
import dev.panel.drill.SampleDraft;
import dev.panel.drill.SampleRating;
import dev.panel.user.Actor;
import dev.panel.user.User;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/** Drills on the starter library's "Delivery and execution" competency, built and taken through the services. */
@Singleton
public class DrillFixture {

    public static final String COMPETENCY = "delivery";

    private final DrillService drills;
    private final DrillRatingService taking;
    private final CompetencyService competencies;

    DrillFixture(DrillService drills, DrillRatingService taking, CompetencyService competencies) {
        this.drills = drills;
        this.taking = taking;
        this.competencies = competencies;
    }

    public long competencyId() {
        return competencies.findBySlug(COMPETENCY).orElseThrow().id();
    }

    /** A draft with one sample answer per consensus given (null: none set by the manager). */
    public DrillDraft draft(Integer... consensus) {
        List<SampleDraft> samples = new ArrayList<>();
        for (int i = 0; i < consensus.length; i++) {
            samples.add(new SampleDraft("Sample answer " + (i + 1) + ": we shipped in slices and cut scope in week " + (i + 2) + ".",
                    consensus[i]));
        }
        return new DrillDraft(competencyId(), null, Names.unique("Drill"), "How do you make a team's delivery predictable?", samples);
    }

    public DrillView open(User manager, Integer... consensus) {
        Actor actor = Actor.of(manager);
        DrillView created = drills.create(actor, draft(consensus));
        return drills.open(actor, created.drill().id());
    }

    /** Rates the drill's samples at these levels, in sample order, with evidence, without submitting. */
    public DrillAttempt rate(User interviewer, long drillId, int... levels) {
        Actor actor = Actor.of(interviewer);
        DrillAttempt attempt = taking.attempt(actor, drillId);
        List<SampleRating> ratings = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            ratings.add(new SampleRating(attempt.samples().get(i).id(), levels[i], "Evidence " + (i + 1) + " from " + interviewer.username()));
        }
        return taking.save(actor, drillId, ratings);
    }

    public DrillAttempt submitted(User interviewer, long drillId, int... levels) {
        rate(interviewer, drillId, levels);
        return taking.submit(Actor.of(interviewer), drillId);
    }
}
