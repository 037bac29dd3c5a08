package dev.panel.drill.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.panel.common.PanelException;
import dev.panel.competency.CompetencyService;
import dev.panel.competency.CompetencyView;
import dev.panel.competency.RubricVersion;
import dev.panel.drill.Drill;
import dev.panel.drill.DrillDraft;
import dev.panel.drill.DrillService;
import dev.panel.drill.DrillState;
import dev.panel.drill.DrillView;
import dev.panel.drill.SampleAnswer;
import dev.panel.question.QuestionFilter;
import dev.panel.question.QuestionService;
import dev.panel.question.QuestionView;
import dev.panel.security.CurrentUser;
import dev.panel.user.Actor;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;

import java.util.ArrayList;
import java.util.List;

/**
 * A hiring manager builds a drill: competency, optional question, prompt and three to eight sample answers with
 * their consensus; then opens it to interviewers and, later, closes it. Once open, only the consensus can change.
 */
@Prototype
@Route("drills/edit/:drillId?([0-9]{1,18})")
@PageTitle("Drill editor · Panel")
@RolesAllowed("HIRING_MANAGER")
public class DrillEditorView extends VerticalLayout implements BeforeEnterObserver {

    /** What the Binder edits: the drill's own text. */
    static final class Form {
        String title = "";
        String prompt = "";
    }

    private final DrillService drills;
    private final CompetencyService competencies;
    private final QuestionService questions;
    private final ComboBox<CompetencyView> competency = new ComboBox<>("Competency");
    private final ComboBox<QuestionView> question = new ComboBox<>("Question (optional)");
    private final TextField title = new TextField("Title");
    private final TextArea prompt = new TextArea("What the sample answers respond to");
    private final Binder<Form> binder = new Binder<>();
    private final Div samples = new Div();
    private final List<SampleEditor> editors = new ArrayList<>();
    private final Button add = new Button("Add sample answer");
    private Actor actor;
    private DrillView current;
    private RubricVersion rubric;

    DrillEditorView(DrillService drills, CompetencyService competencies, QuestionService questions) {
        this.drills = drills;
        this.competencies = competencies;
        this.questions = questions;
        setMaxWidth("60rem");
        binder.forField(title).asRequired("A drill needs a title.").bind(f -> f.title, (f, v) -> f.title = v);
        binder.forField(prompt).asRequired("Say what the sample answers respond to.").bind(f -> f.prompt, (f, v) -> f.prompt = v);
        binder.setBean(new Form());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        editors.clear();
        samples.removeAll();
        actor = CurrentUser.actor();
        try {
            current = event.getRouteParameters().getLong("drillId").map(id -> drills.get(actor, id)).orElse(null);
        } catch (PanelException refused) {
            add(new H1("Drill not found"), new Paragraph(refused.getMessage()));
            return;
        }
        build();
    }

    private void build() {
        H1 heading = new H1(current == null ? "New drill" : current.drill().title());
        heading.setId("drill-editor-heading");
        add(heading);
        competency.setItems(competencies.list());
        competency.setItemLabelGenerator(c -> c.competency().name());
        competency.setWidth("24rem");
        competency.setId("drill-competency");
        question.setItemLabelGenerator(q -> q.question().text());
        question.setWidthFull();
        question.setClearButtonVisible(true);
        title.setWidthFull();
        title.setId("drill-title");
        prompt.setWidthFull();
        prompt.setId("drill-prompt");
        samples.setWidthFull();
        add.setId("add-sample");
        add.addClickListener(e -> addSample(null, null));
        if (current == null) {
            competency.addValueChangeListener(e -> chooseCompetency(e.getValue()));
            add(competency, question, title, prompt, new H2("Sample answers"), samples, add, actions());
            for (int i = 0; i < Drill.MIN_SAMPLES; i++) {
                addSample(null, null);
            }
            return;
        }
        Drill drill = current.drill();
        rubric = current.rubric();
        chooseQuestions(drill.competencyId());
        questions.byIds(drill.questionId() == null ? List.of() : List.of(drill.questionId())).values().stream().findFirst()
                .ifPresent(question::setValue);
        binder.getBean().title = drill.title();
        binder.getBean().prompt = drill.prompt();
        binder.readBean(binder.getBean());
        binder.setBean(binder.getBean());
        for (SampleAnswer sample : current.samples()) {
            SampleEditor editor = addSample(sample.answer(), sample.consensusLevel());
            if (drill.state() == DrillState.OPEN) {
                editor.freezeText();
                editor.consensus().addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        act(() -> drills.setConsensus(actor, drill.id(), sample.id(), e.getValue()), "Consensus saved.");
                    }
                });
            } else if (drill.state() == DrillState.CLOSED) {
                editor.freezeAll();
            }
        }
        boolean draft = drill.state() == DrillState.DRAFT;
        title.setReadOnly(!draft);
        prompt.setReadOnly(!draft);
        question.setReadOnly(!draft);
        add.setVisible(draft);
        Paragraph state = new Paragraph(drill.state().label() + " · " + current.competencyName() + ", rubric version " + rubric.number()
                + " · submitted by " + current.submissions() + (current.submissions() == 1 ? " interviewer" : " interviewers")
                + (drill.state() == DrillState.OPEN ? ". While it is open, only the consensus can change." : "."));
        state.setId("drill-state");
        add(state, question, title, prompt, new H2("Sample answers"), samples, add, actions());
    }

    private HorizontalLayout actions() {
        HorizontalLayout actions = new HorizontalLayout();
        DrillState state = current == null ? DrillState.DRAFT : current.drill().state();
        if (state == DrillState.DRAFT) {
            Button save = new Button("Save draft", e -> save(false));
            save.setId("save-drill");
            Button open = new Button("Open to interviewers", e -> save(true));
            open.setId("open-drill");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(save, open);
        } else if (state == DrillState.OPEN) {
            Button close = new Button("Close drill", e -> act(() -> drills.close(actor, current.drill().id()),
                    "Drill closed: consensus is final and calibrated statuses are recorded."));
            close.setId("close-drill");
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(close);
        }
        return actions;
    }

    private void chooseCompetency(CompetencyView chosen) {
        rubric = chosen == null ? null : chosen.rubric();
        editors.forEach(e -> e.useRubric(rubric));
        question.clear();
        chooseQuestions(chosen == null ? null : chosen.competency().id());
    }

    private void chooseQuestions(Long competencyId) {
        question.setItems(competencyId == null ? List.of()
                : questions.page(new QuestionFilter(null, competencyId, null, null, null), 0, QuestionService.MAX_PAGE));
    }

    private SampleEditor addSample(String text, Integer level) {
        SampleEditor editor = new SampleEditor(text, level, rubric, removed -> {
            editors.remove(removed);
            samples.remove(removed);
            renumber();
        });
        editors.add(editor);
        samples.add(editor);
        renumber();
        return editor;
    }

    private void renumber() {
        for (int i = 0; i < editors.size(); i++) {
            editors.get(i).number(i + 1);
        }
        add.setEnabled(editors.size() < Drill.MAX_SAMPLES);
    }

    private void save(boolean andOpen) {
        if (binder.validate().hasErrors()) {
            return;
        }
        Long competencyId = current != null ? Long.valueOf(current.drill().competencyId())
                : competency.getValue() == null ? null : competency.getValue().competency().id();
        DrillDraft draft = new DrillDraft(competencyId, question.getValue() == null ? null : question.getValue().question().id(),
                title.getValue(), prompt.getValue(), editors.stream().map(SampleEditor::value).toList());
        try {
            DrillView saved = current == null ? drills.create(actor, draft) : drills.update(actor, current.drill().id(), current.drill().version(), draft);
            if (andOpen) {
                saved = drills.open(actor, saved.drill().id());
            }
            notify(andOpen ? "Drill open: interviewers find it under Drills." : "Drill saved.", NotificationVariant.LUMO_SUCCESS);
            reload(saved.drill().id());
        } catch (PanelException refused) {
            notify(refused.getMessage(), NotificationVariant.LUMO_ERROR);
        }
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            notify(done, NotificationVariant.LUMO_SUCCESS);
            reload(current.drill().id());
        } catch (PanelException refused) {
            notify(refused.getMessage(), NotificationVariant.LUMO_ERROR);
        }
    }

    /** A fresh page for the saved drill, so that every field shows what is stored now. */
    private void reload(long drillId) {
        getUI().ifPresent(ui -> ui.getPage().setLocation("/drills/edit/" + drillId));
    }

    private static void notify(String message, NotificationVariant variant) {
        Notification.show(message, variant == NotificationVariant.LUMO_ERROR ? 8000 : 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(variant);
    }
}
