package dev.panel.scorecard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
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
import dev.panel.question.QuestionView;
import dev.panel.scorecard.Note;
import dev.panel.scorecard.Recommendation;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The interview kit and the interviewer's scorecard, side by side, saved as they type. */
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
    private final List<QuestionCard> questionCards = new ArrayList<>();
    private final List<RatingField> ratingFields = new ArrayList<>();
    private final RadioButtonGroup<Recommendation> recommendation = new RadioButtonGroup<>("Overall recommendation");
    private final Button submit = new Button("Submit scorecard");
    private final Button amend = new Button("Amend…");
    private final PanelSection panel = new PanelSection();
    private final HeldDrafts held;
    private Actor actor;
    private HiringLoop loop;
    private DraftAutosave<Scorecard> autosave;
    private BrowserDrafts browserDrafts;
    private String amendmentReason;

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
        autosave = new DraftAutosave<>(card, new DraftAutosave.Drafts<>() {
            @Override
            public Scorecard save(Scorecard current) {
                Scorecard saved = scorecards.saveDraft(actor, current.id(), current.version(), content());
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

        H1 title = new H1(candidates.get(loop.candidateId()).name());
        title.setId("candidate-name");
        title.getStyle().set("margin", "0");
        Span subtitle = new Span(stage.name() + " · " + loop.planSnapshot().planName());
        subtitle.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout header = new HorizontalLayout(title, subtitle, new InterviewClock(stage.minutes()), status);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        header.setWidthFull();
        add(header);

        Map<Long, QuestionView> byId = questions.byIds(stage.questionIds());
        Div kit = column("Questions", "3 1 30rem");
        Map<Long, String> typed = card.notes().stream().collect(Collectors.toMap(Note::questionId, Note::text));
        int number = 1;
        for (long questionId : stage.questionIds()) {
            QuestionView question = byId.get(questionId);
            if (question != null) {
                QuestionCard questionCard = new QuestionCard(number++, question.question(), autosave::changed, autosave::flush);
                questionCard.notes().setValue(typed.getOrDefault(questionId, ""));
                questionCard.notes().getElement().setAttribute("data-draft", "q" + questionId);
                questionCards.add(questionCard);
                kit.add(questionCard);
            }
        }

        Map<Long, RubricVersion> rubrics = competencies.rubricVersions(stage.focus().stream().map(FrozenPlan.Focus::rubricVersionId).toList());
        Div ratings = column("Ratings", "2 1 22rem");
        for (int i = 0; i < stage.focus().size(); i++) {
            FrozenPlan.Focus focus = stage.focus().get(i);
            RatingField field = new RatingField(focus, rubrics.get(focus.rubricVersionId()), card.ratings().get(i), autosave::changed, autosave::flush);
            field.evidenceArea().getElement().setAttribute("data-draft", "e" + focus.competencyId());
            ratingFields.add(field);
            ratings.add(field);
        }
        recommendation.setId("recommendation");
        recommendation.setItems(Recommendation.values());
        recommendation.setItemLabelGenerator(Recommendation::label);
        recommendation.setValue(card.recommendation());
        recommendation.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                autosave.changed();
            }
        });
        submit.setId("submit-scorecard");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submitScorecard());
        amend.setId("amend-scorecard");
        amend.addClickListener(e -> askForAmendmentReason());
        ratings.add(recommendation, submit, amend, panel);

        FlexLayout columns = new FlexLayout(kit, ratings);
        columns.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        columns.getStyle().set("gap", "var(--lumo-space-l)");
        columns.setWidthFull();
        add(columns);
        showState(card);
        browserDrafts = new BrowserDrafts(this, "panel.draft.scorecard." + card.id());
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
        List<TextArea> areas = new ArrayList<>();
        questionCards.forEach(c -> areas.add(c.notes()));
        ratingFields.forEach(f -> areas.add(f.evidenceArea()));
        return areas;
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
        addComponentAtIndex(1, new KeptTextBanner(kept, differing.size(), autosave.card().version() > kept.basedOn(), () -> {
            differing.forEach((key, text) -> byKey.get(key).setValue(text));
            autosave.changed();
        }, browserDrafts::forget));
    }

    private static Div column(String heading, String flex) {
        H2 title = new H2(heading);
        title.getStyle().set("margin-top", "0");
        Div column = new Div(title);
        column.getStyle().set("flex", flex).set("min-width", "18rem");
        return column;
    }

    private ScorecardContent content() {
        List<Note> notes = new ArrayList<>();
        List<Long> ids = questionCards.stream().map(c -> Long.valueOf(c.notes().getElement().getAttribute("data-question"))).toList();
        for (int i = 0; i < questionCards.size(); i++) {
            String text = questionCards.get(i).notes().getValue();
            if (!text.isEmpty()) {
                notes.add(new Note(ids.get(i), text));
            }
        }
        return new ScorecardContent(notes, ratingFields.stream().map(RatingField::value).toList(), recommendation.getValue());
    }

    private void submitScorecard() {
        if (autosave.isSubmitting()) {
            return;
        }
        if (amendmentReason != null) {
            saveAmendment();
            return;
        }
        autosave.submit(card -> scorecards.submit(actor, card.id()), submitted -> {
            browserDrafts.forget();
            showState(submitted);
            Notification.show("Scorecard submitted. The panel's scorecards are now open to you.", 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }, this::refused);
    }

    private void saveAmendment() {
        autosave.submit(card -> scorecards.amend(actor, card.id(), amendmentReason, content()), amended -> {
            amendmentReason = null;
            submit.setText("Submit scorecard");
            showState(amended);
            Notification.show("Amendment saved. The original is kept with your reason.", 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }, this::refused);
    }

    private void refused(String why) {
        error(why);
        submit.setEnabled(true);
    }

    private void askForAmendmentReason() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Amend your submitted scorecard");
        TextArea reason = new TextArea("Why are you changing it?");
        reason.setId("amendment-reason");
        reason.setWidth("28rem");
        Button start = new Button("Edit scorecard", e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage("An amendment needs a reason; it is kept with the original.");
                return;
            }
            amendmentReason = reason.getValue();
            dialog.close();
            setEditable(true);
            submit.setText("Save amendment");
            submit.setVisible(true);
            submit.setEnabled(true);
            amend.setVisible(false);
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph("The submitted version is kept, with your name, the time and this reason."), reason);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), start);
        dialog.open();
    }

    private void showState(Scorecard card) {
        boolean submitted = card.isSubmitted();
        setEditable(!submitted);
        submit.setVisible(!submitted);
        amend.setVisible(submitted);
        if (submitted) {
            status.submitted(card.submittedAt());
        } else if (card.version() != null && card.version() > 0) {
            status.saved(card.updatedAt(), card.version());
        }
        var progress = scorecards.progress(actor, loop.id());
        panel.show(actor.id(), progress, scorecards.visible(actor, loop.id()),
                users.byIds(progress.stream().map(p -> p.interviewerId()).toList()), loop.planSnapshot().stages());
    }

    private void setEditable(boolean editable) {
        questionCards.forEach(c -> c.notes().setReadOnly(!editable));
        ratingFields.forEach(f -> f.setReadOnly(!editable));
        recommendation.setReadOnly(!editable);
    }

    private static void error(String message) {
        Notification notification = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
