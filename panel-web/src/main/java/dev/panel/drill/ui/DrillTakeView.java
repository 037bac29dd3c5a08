package dev.panel.drill.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.panel.common.PanelException;
import dev.panel.drill.DrillAttempt;
import dev.panel.drill.DrillFeedback;
import dev.panel.drill.DrillRating;
import dev.panel.drill.DrillRatingService;
import dev.panel.drill.SampleAnswer;
import dev.panel.drill.SampleFeedback;
import dev.panel.drill.SampleRating;
import dev.panel.scorecard.ui.DraftAutosave;
import dev.panel.scorecard.ui.HeldDrafts;
import dev.panel.scorecard.ui.RatingField;
import dev.panel.scorecard.ui.SaveStatus;
import dev.panel.security.CurrentUser;
import dev.panel.user.Actor;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Taking a drill: each sample answer beside the same rating component as live scoring (anchors in view,
 * evidence required), saved as the interviewer goes; after submitting, the feedback for each answer.
 */
@Prototype
@Route("drills/:drillId([0-9]{1,18})")
@PageTitle("Drill · Panel")
@RolesAllowed({"INTERVIEWER", "HIRING_MANAGER"})
public class DrillTakeView extends VerticalLayout implements BeforeEnterObserver {

    private final DrillRatingService taking;
    private final SaveStatus status = new SaveStatus();
    private final List<RatingField> fields = new ArrayList<>();
    private final HeldDrafts held;
    private Actor actor;
    private DraftAutosave<DrillAttempt> autosave;

    DrillTakeView(DrillRatingService taking, HeldDrafts held) {
        this.taking = taking;
        this.held = held;
        setMaxWidth("80rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        actor = CurrentUser.actor();
        long drillId = event.getRouteParameters().getLong("drillId").orElse(-1L);
        try {
            show(taking.attempt(actor, drillId));
        } catch (PanelException refused) {
            removeAll();
            add(new H1("Drill not available"), new Paragraph(refused.getMessage()));
        }
    }

    private void show(DrillAttempt attempt) {
        removeAll();
        fields.clear();
        H1 title = new H1(attempt.drill().title());
        title.setId("drill-title");
        title.getStyle().set("margin", "0");
        Span subtitle = new Span(attempt.competencyName() + " · rubric version " + attempt.rubric().number());
        subtitle.getStyle().set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout header = new HorizontalLayout(title, subtitle, status);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.getStyle().set("flex-wrap", "wrap");
        Paragraph prompt = new Paragraph("The candidates were asked: " + attempt.drill().prompt());
        prompt.getStyle().set("font-style", "italic");
        add(header, prompt);
        if (attempt.submitted()) {
            showFeedback(attempt);
        } else {
            showRating(attempt);
        }
    }

    private void showRating(DrillAttempt attempt) {
        add(new Paragraph("Rate each answer against the anchors and write the evidence for your level. Nobody sees your ratings, and you "
                + "see nobody else's, until you submit."));
        autosave = new DraftAutosave<>(attempt, new DraftAutosave.Drafts<>() {
            @Override
            public DrillAttempt save(DrillAttempt current) {
                return taking.save(actor, current.drill().id(), current.version(), ratings(current));
            }

            @Override
            public boolean isFinal(DrillAttempt current) {
                return current.submitted();
            }

            @Override
            public Instant savedAt(DrillAttempt saved) {
                return saved.updatedAt();
            }

            @Override
            public long version(DrillAttempt saved) {
                return saved.version();
            }
        }, status, held);
        for (int i = 0; i < attempt.samples().size(); i++) {
            SampleAnswer sample = attempt.samples().get(i);
            DrillRating mine = attempt.ratings().get(i);
            RatingField field = new RatingField("Your rating", attempt.rubric(), mine.level(), mine.evidence(), autosave::changed, autosave::flush);
            fields.add(field);
            add(sampleRow(sample, field));
        }
        Button submit = new Button("Submit drill", e -> submit(attempt.drill().id(), e.getSource()));
        submit.setId("submit-drill");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        add(submit);
    }

    private Div sampleRow(SampleAnswer sample, RatingField field) {
        H3 heading = new H3("Sample answer " + sample.position());
        heading.getStyle().set("margin", "0 0 var(--lumo-space-xs) 0").set("font-size", "var(--lumo-font-size-l)");
        Div answer = new Div(heading, quote(sample.answer()));
        answer.getStyle().set("flex", "1 1 26rem");
        field.getStyle().set("flex", "1 1 26rem").set("margin-bottom", "0");
        FlexLayout row = new FlexLayout(answer, field);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-l)");
        row.setWidthFull();
        Div card = new Div(row);
        card.addClassName("drill-sample");
        card(card);
        return card;
    }

    private List<SampleRating> ratings(DrillAttempt attempt) {
        List<SampleRating> ratings = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            ratings.add(new SampleRating(attempt.samples().get(i).id(), fields.get(i).level(), fields.get(i).evidence()));
        }
        return ratings;
    }

    private void submit(long drillId, Button button) {
        if (autosave.isSubmitting()) {
            return;
        }
        autosave.submit(attempt -> taking.submit(actor, drillId), submitted -> {
            show(submitted);
            Notification.show("Drill submitted. Here is how your reading compares.", 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }, why -> {
            error(why);
            button.setEnabled(true);
        });
    }

    private void showFeedback(DrillAttempt attempt) {
        status.submitted(attempt.updatedAt());
        DrillFeedback feedback = taking.feedback(actor, attempt.drill().id());
        long agreed = feedback.samples().stream().filter(SampleFeedback::agrees).count();
        long judged = feedback.samples().stream().filter(s -> s.consensus() != null).count();
        Paragraph summary = new Paragraph("You matched the consensus on " + agreed + " of " + judged + " answers with a consensus.");
        summary.setId("feedback-summary");
        add(summary);
        Map<Long, String> evidence = attempt.ratings().stream().collect(Collectors.toMap(DrillRating::sampleId, DrillRating::evidence));
        for (SampleFeedback sample : feedback.samples()) {
            add(new SampleFeedbackCard(sample, attempt.rubric(), evidence.getOrDefault(sample.sampleId(), "")));
        }
    }

    static Div quote(String text) {
        Div quote = new Div();
        quote.setText(text);
        quote.addClassName("sample-answer");
        quote.getStyle().set("white-space", "pre-wrap").set("border-left", "3px solid var(--lumo-contrast-20pct)")
                .set("padding-left", "var(--lumo-space-m)");
        return quote;
    }

    static void card(Div card) {
        card.setWidthFull();
        card.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("box-sizing", "border-box");
    }

    private static void error(String message) {
        Notification.show(message, 8000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
