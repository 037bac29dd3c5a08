package dev.panel.loop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import dev.panel.common.PanelException;
import dev.panel.outcome.Checkpoint;
import dev.panel.outcome.CheckpointService;
import dev.panel.outcome.HireOutcomes;
import dev.panel.outcome.OutcomeImportService;
import dev.panel.outcome.OutcomeService;
import dev.panel.outcome.OutcomeView;
import dev.panel.outcome.RecordOutcome;
import dev.panel.security.ReaderTime;
import dev.panel.user.Actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A hire's later outcomes on their loop page, for recruiters and hiring managers: what was recorded at each
 * checkpoint, and a form to record an outcome (overall, and per competency of the loop's plan) or change one.
 * Entering an outcome that exists changes it, as the service does. (It lives with the loop page rather than in an
 * outcome.ui package: outcomes depend on loops, so the loop page may not name another feature's views.)
 */
class LaterOutcomes extends VerticalLayout {

    private static final String YES = "Still employed";
    private static final String NO = "No longer employed";
    private static final String UNKNOWN = "Not recorded";

    private final OutcomeService outcomes;
    private final CheckpointService checkpoints;
    private final Actor actor;
    private final long candidateId;
    private final ReaderTime reader;
    private final OutcomeImport importer;
    private boolean hired;

    LaterOutcomes(OutcomeService outcomes, CheckpointService checkpoints, OutcomeImportService imports, Actor actor, long candidateId,
                         ReaderTime reader) {
        this.outcomes = outcomes;
        this.importer = new OutcomeImport(imports, actor, this::render);
        this.checkpoints = checkpoints;
        this.actor = actor;
        this.candidateId = candidateId;
        this.reader = reader;
        setId("later-outcomes");
        setPadding(false);
        render();
    }

    private void render() {
        removeAll();
        add(new H2("Later outcomes"));
        List<HireOutcomes> hires = outcomes.of(actor, candidateId);
        hired = !hires.isEmpty();
        if (hires.isEmpty()) {
            add(new Paragraph("Outcomes are recorded for hires: this candidate has no loop decided \"hire\"."));
            return;
        }
        for (HireOutcomes hire : hires) {
            add(recorded(hire), form(hire));
        }
        add(importer);
    }

    /** Whether the candidate was hired through a loop whose outcomes the reader may see: the section is shown only then. */
    boolean hasHire() {
        return hired;
    }

    private UnorderedList recorded(HireOutcomes hire) {
        UnorderedList list = new UnorderedList();
        list.setId("outcome-list");
        if (hire.outcomes().isEmpty()) {
            list.add(new ListItem("No outcome recorded yet."));
        }
        for (OutcomeView o : hire.outcomes()) {
            String what = o.checkpoint() + " · " + (o.competency() == null ? "overall" : o.competency()) + ": "
                    + (o.level() == null ? "no rating" : o.level() + " of " + o.scaleMax())
                    + (o.stillEmployed() == null ? "" : o.stillEmployed() ? ", still employed" : ", no longer employed")
                    + (o.observedOn() == null ? "" : " (on " + o.observedOn() + ")");
            Span who = new Span(" — " + o.recordedBy() + ", " + reader.moment(o.recordedAt()));
            who.getStyle().set("color", "var(--lumo-secondary-text-color)");
            Button remove = new Button("Remove", click -> act(() -> outcomes.remove(actor, candidateId, o.id()), "Outcome removed."));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.getElement().setAttribute("aria-label", "Remove " + what);
            ListItem item = new ListItem(new Span(what), who, remove);
            item.addClassName("outcome");
            item.getElement().setAttribute("data-checkpoint", o.checkpoint());
            item.getElement().setAttribute("data-level", o.level() == null ? "" : String.valueOf(o.level()));
            list.add(item);
        }
        return list;
    }

    private Div form(HireOutcomes hire) {
        List<Checkpoint> open = checkpoints.list(actor).stream().filter(c -> !c.isRetired()).toList();
        Select<Checkpoint> checkpoint = new Select<>();
        checkpoint.setLabel("Checkpoint");
        checkpoint.setId("outcome-checkpoint");
        checkpoint.setWidth("16rem");
        checkpoint.setItems(open);
        checkpoint.setItemLabelGenerator(c -> c.name() + " (1 to " + c.scaleMax() + ")");
        IntegerField overall = rating("Overall rating", "outcome-overall");
        RadioButtonGroup<String> employed = new RadioButtonGroup<>("Employment");
        employed.setId("outcome-employed");
        employed.setItems(YES, NO, UNKNOWN);
        employed.setValue(UNKNOWN);
        DatePicker observed = new DatePicker("Observed on (optional)");
        observed.setId("outcome-date");
        Map<HireOutcomes.PlannedCompetency, IntegerField> perCompetency = new LinkedHashMap<>();
        HorizontalLayout competencies = new HorizontalLayout();
        competencies.setWrap(true);
        for (HireOutcomes.PlannedCompetency competency : hire.competencies()) {
            IntegerField field = rating(competency.name(), null);
            field.addClassName("outcome-competency");
            field.getElement().setAttribute("data-competency", String.valueOf(competency.id()));
            perCompetency.put(competency, field);
            competencies.add(field);
        }
        checkpoint.addValueChangeListener(e -> {
            int max = e.getValue() == null ? Checkpoint.MAX_SCALE : e.getValue().scaleMax();
            overall.setMax(max);
            perCompetency.values().forEach(f -> f.setMax(max));
            overall.setHelperText("1 to " + max);
        });
        if (!open.isEmpty()) {
            checkpoint.setValue(open.get(0));
        }
        Button save = new Button("Record outcome", click -> act(() -> {
            Long checkpointId = checkpoint.getValue() == null ? null : checkpoint.getValue().id();
            Boolean stillEmployed = YES.equals(employed.getValue()) ? Boolean.TRUE : NO.equals(employed.getValue()) ? Boolean.FALSE : null;
            List<RecordOutcome> entered = new ArrayList<>();
            boolean anyCompetency = perCompetency.values().stream().anyMatch(f -> f.getValue() != null);
            if (overall.getValue() != null || stillEmployed != null || !anyCompetency) {
                entered.add(new RecordOutcome(hire.loopId(), checkpointId, null, overall.getValue(), stillEmployed, observed.getValue()));
            }
            perCompetency.forEach((competency, field) -> {
                if (field.getValue() != null) {
                    entered.add(new RecordOutcome(hire.loopId(), checkpointId, competency.id(), field.getValue(), null, observed.getValue()));
                }
            });
            outcomes.recordAll(actor, candidateId, entered);
        }, "Outcome recorded."));
        save.setId("outcome-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout first = new HorizontalLayout(checkpoint, overall, observed);
        first.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Paragraph hint = new Paragraph("Recording an outcome again for the same checkpoint and competency changes it.");
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        Span perCompetencyLabel = new Span("Ratings per competency (optional)");
        perCompetencyLabel.getStyle().set("font-weight", "600").set("display", "block").set("margin-top", "var(--lumo-space-s)");
        Div form = new Div(first, employed, perCompetencyLabel, competencies, hint, save);
        form.setId("outcome-form");
        form.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-m)");
        return form;
    }

    private static IntegerField rating(String label, String id) {
        IntegerField field = new IntegerField(label);
        field.setMin(1);
        field.setStepButtonsVisible(true);
        field.setWidth("16rem");
        if (id != null) {
            field.setId(id);
        }
        return field;
    }

    /** Runs a change; a refusal shows its sentence and keeps what was typed, a success reloads the section. */
    private void act(Runnable change, String done) {
        try {
            change.run();
            Notification.show(done, 3000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            render();
        } catch (PanelException refused) {
            Notification.show(refused.getMessage(), 8000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
