package dev.panel.scorecard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.panel.candidate.CandidateService;
import dev.panel.common.PanelException;
import dev.panel.competency.CompetencyService;
import dev.panel.competency.RubricVersion;
import dev.panel.loop.FrozenPlan;
import dev.panel.loop.HiringLoop;
import dev.panel.loop.InterviewView;
import dev.panel.loop.LoopService;
import dev.panel.question.QuestionService;
import dev.panel.scorecard.Scorecard;
import dev.panel.scorecard.ScorecardContent;
import dev.panel.scorecard.ScorecardService;
import dev.panel.security.CurrentUser;
import dev.panel.user.Actor;
import dev.panel.user.UserService;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The interview kit and the interviewer's scorecard, side by side (one pane at a time on a narrow screen), saved as they
 * type. The page puts the parts together: {@link InterviewKit}, {@link ScorecardForm}, {@link SubmitFlow} and
 * {@link ScoringShortcuts}; it owns the autosave and the copy of the text kept in the browser.
 */
@Prototype
@Route("interview/:interviewId(\\d+)")
@PageTitle("Interview · Panel")
@RolesAllowed({"INTERVIEWER", "HIRING_MANAGER"})
public class ScorecardView extends VerticalLayout implements BeforeEnterObserver {

    /** How long typing must pause before the text is sent and saved. */
    static final int TYPING_PAUSE_MILLIS = 1200;

    /** At DEBUG, one line per opened view with the server time to build it (bench/sessions.sh reads it). */
    private static final Logger LOG = LoggerFactory.getLogger(ScorecardView.class);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** First fields, so that the first build counts the construction of the view's components too. */
    private long buildStarted = System.nanoTime();
    private long buildCpuStarted = THREADS.getCurrentThreadCpuTime();

    private final LoopService loops;
    private final ScorecardService scorecards;
    private final QuestionService questions;
    private final CompetencyService competencies;
    private final CandidateService candidates;
    private final UserService users;

    private final SaveStatus status = new SaveStatus();
    private final Announcer announcer = new Announcer();
    private final HeldDrafts held;
    private Actor actor;
    private HiringLoop loop;
    private InterviewKit kit;
    private ScorecardForm form;
    private SubmitFlow flow;
    private DraftAutosave<Scorecard> autosave;
    private BrowserDrafts browserDrafts;

    ScorecardView(LoopService loops, ScorecardService scorecards, QuestionService questions, CompetencyService competencies,
                  CandidateService candidates, UserService users, HeldDrafts held) {
        this.loops = loops;
        this.scorecards = scorecards;
        this.questions = questions;
        this.competencies = competencies;
        this.candidates = candidates;
        this.users = users;
        this.held = held;
        setMaxWidth("90rem");
        addClassName("scoring-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long interviewId = event.getRouteParameters().getLong("interviewId").orElse(-1L);
        if (buildStarted == 0) {
            buildStarted = System.nanoTime();
            buildCpuStarted = THREADS.getCurrentThreadCpuTime();
        }
        try {
            enter(interviewId);
        } finally {
            if (LOG.isDebugEnabled()) {
                // CPU time beside wall time: on a busy machine the wall time is mostly waiting for a core.
                LOG.debug("Scoring view of interview {} built in {} ms ({} ms CPU)", interviewId,
                        String.format("%.1f", (System.nanoTime() - buildStarted) / 1e6),
                        String.format("%.1f", (THREADS.getCurrentThreadCpuTime() - buildCpuStarted) / 1e6));
            }
            buildStarted = 0;
        }
    }

    private void enter(long interviewId) {
        removeAll();
        actor = CurrentUser.actor();
        try {
            InterviewView interview = loops.interview(actor, interviewId);
            if (!interview.panelistIds().contains(actor.id())) {
                add(new H1("Not your interview"), new Paragraph("You are not on the panel of this interview, so it has no scorecard of yours."));
                return;
            }
            loop = loops.visibleLoop(actor, interview.interview().loopId());
            build(interview, scorecards.mine(actor, interviewId));
        } catch (PanelException refused) {
            add(new H1("Interview not found"), new Paragraph(refused.getMessage()));
        }
    }

    private void build(InterviewView interview, Scorecard card) {
        FrozenPlan.Stage stage = interview.stage();
        ScoringStyles.install(this);
        autosave = new DraftAutosave<>(card, new DraftAutosave.Drafts<>() {
            @Override
            public Scorecard save(Scorecard current) {
                // The first save stores the draft: opening the page stored nothing.
                Scorecard saved = scorecards.saveMine(actor, current.interviewId(), current.version(), content());
                browserDrafts.saved(typedText());
                return saved;
            }

            @Override
            public boolean isFinal(Scorecard current) {
                return current.isSubmitted();
            }

            @Override
            public java.time.Instant savedAt(Scorecard saved) {
                return saved.updatedAt();
            }

            @Override
            public long version(Scorecard saved) {
                return saved.version();
            }
        }, status, held);
        // Leaving the tab sends what is in the focused field before the page goes away.
        getElement().executeJs("document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden'"
                + " && document.activeElement) document.activeElement.blur(); });");

        kit = new InterviewKit(stage, questions.byIds(stage.questionIds()), card.notes(), autosave::changed, autosave::flush);
        Map<Long, RubricVersion> rubrics = competencies.rubricVersions(stage.focus().stream().map(FrozenPlan.Focus::rubricVersionId).toList());
        form = new ScorecardForm(stage, rubrics, card, announcer, autosave::changed, autosave::flush);
        flow = new SubmitFlow(scorecards, actor, stage, kit, form, this::content, this::showState);
        flow.use(autosave);

        H1 title = new H1(candidates.get(loop.candidateId()).name());
        title.setId("candidate-name");
        title.getStyle().set("margin", "0");
        Span subtitle = new Span(stage.name() + " · " + loop.planSnapshot().planName());
        subtitle.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout header = new HorizontalLayout(title, subtitle, new InterviewClock(stage.minutes()));
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        header.setWidthFull();

        Div spacer = new Div();
        spacer.addClassName("bar-spacer");
        Div bar = new Div(ScoringShortcuts.paneSwitch(this, "Questions", "kit"), ScoringShortcuts.paneSwitch(this, "Scorecard", "scorecard"),
                status, spacer, ScoringShortcuts.install(this, flow.submitButton()), flow.submitButton(), flow.amendButton());
        bar.addClassName("scoring-bar");
        bar.setId("scoring-bar");

        Div columns = new Div(kit, form);
        columns.addClassName("scoring-columns");
        columns.getElement().setAttribute("data-show", "kit");
        add(ScoringShortcuts.skipToRatings(this), header, bar, columns, announcer);
        showState(card);
        browserDrafts = new BrowserDrafts(this, "panel.draft.scorecard.interview." + card.interviewId());
        if (card.isSubmitted()) {
            browserDrafts.forget();
        } else {
            browserDrafts.read(this::offer);
        }
    }

    /** The text areas of the form by their {@code data-draft} key, as {@link BrowserDrafts} sees them. */
    private Map<String, String> typedText() {
        Map<String, String> text = new TreeMap<>();
        for (TextArea area : textAreas()) {
            text.put(area.getElement().getAttribute("data-draft"), area.getValue());
        }
        return text;
    }

    private List<TextArea> textAreas() {
        return java.util.stream.Stream.concat(kit.textAreas().stream(), form.textAreas().stream()).toList();
    }

    /**
     * This browser kept text that the server does not hold (the session ended before it was saved): offer it back,
     * saying so when the scorecard was saved again since; never put it in place without the interviewer's say.
     */
    private void offer(BrowserDrafts.Kept kept) {
        Map<String, TextArea> byKey = textAreas().stream().collect(Collectors.toMap(a -> a.getElement().getAttribute("data-draft"), a -> a));
        Map<String, String> differing = kept.fields().entrySet().stream()
                .filter(e -> byKey.containsKey(e.getKey()) && !byKey.get(e.getKey()).getValue().equals(e.getValue()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if (differing.isEmpty() || autosave.card().isSubmitted()) {
            browserDrafts.forget();
            return;
        }
        Long version = autosave.card().version();
        addComponentAtIndex(1, new KeptTextBanner(kept, differing.size(), version != null && version > kept.basedOn(), () -> {
            differing.forEach((key, text) -> byKey.get(key).setValue(text));
            autosave.changed();
        }, browserDrafts::forget));
    }

    private ScorecardContent content() {
        return new ScorecardContent(kit.notes(), form.ratings(), form.recommendation());
    }

    private void showState(Scorecard card) {
        boolean submitted = card.isSubmitted();
        if (submitted && browserDrafts != null) {
            browserDrafts.forget();
        }
        kit.setEditable(!submitted);
        form.setEditable(!submitted);
        flow.showState(submitted);
        if (submitted) {
            status.submitted(card.submittedAt());
        } else if (card.version() != null) {
            status.saved(card.updatedAt(), card.version());
        }
        var progress = scorecards.progress(actor, loop.id());
        form.panel().show(actor.id(), progress, scorecards.visible(actor, loop.id()),
                users.byIds(progress.stream().map(p -> p.interviewerId()).toList()), loop.planSnapshot().stages());
    }
}
