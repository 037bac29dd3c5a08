package dev.panel.question.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.panel.common.PanelException;
import dev.panel.competency.CompetencyService;
import dev.panel.competency.CompetencyView;
import dev.panel.question.QuestionFilter;
import dev.panel.question.QuestionKind;
import dev.panel.question.QuestionLevel;
import dev.panel.calibration.CalibrationService;
import dev.panel.question.QuestionService;
import dev.panel.question.QuestionView;
import dev.panel.role.RoleService;
import dev.panel.role.RoleView;
import dev.panel.security.CurrentUser;
import dev.panel.user.Actor;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The question bank: filter by role, competency, kind, level and text; the grid loads a page at a time. */
@Prototype
@Route("library/questions")
@Menu(title = "Question bank", order = 31, icon = "vaadin:question-circle-o")
@PageTitle("Question bank · Panel")
@RolesAllowed("HIRING_MANAGER")
public class QuestionBankView extends VerticalLayout {

    private final QuestionService questions;
    private final Actor actor;
    private final ComboBox<RoleView> role = new ComboBox<>("Role");
    private final ComboBox<CompetencyView> competency = new ComboBox<>("Competency");
    private final Select<QuestionKind> kind = new Select<>();
    private final Select<QuestionLevel> level = new Select<>();
    private final TextField text = new TextField("Text");
    private final Grid<QuestionView> grid = new Grid<>();
    private final QuestionForm form;
    private final List<CompetencyView> allCompetencies;
    private final List<RoleView> allRoles;
    private final QuestionFigures figures;

    QuestionBankView(QuestionService questions, CompetencyService competencies, RoleService roles, CalibrationService calibration) {
        this.questions = questions;
        this.actor = CurrentUser.actor();
        this.allCompetencies = competencies.list();
        this.allRoles = roles.list();
        setMaxWidth("110rem");
        H1 title = new H1("Question bank");
        title.setId("home-heading");
        Button add = new Button("New question", e -> open(new QuestionForm.QuestionBean()));
        add.setId("new-question");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button importQuestions = new Button("Import questions", e -> getUI().ifPresent(ui -> ui.navigate(QuestionImportView.class)));
        importQuestions.setId("import-questions");

        role.setItems(allRoles);
        role.setItemLabelGenerator(r -> r.role().name());
        competency.setItems(allCompetencies);
        competency.setItemLabelGenerator(c -> c.competency().name());
        kind.setLabel("Kind");
        kind.setItems(QuestionKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "Any" : k.label());
        kind.setEmptySelectionAllowed(true);
        level.setLabel("Level");
        level.setItems(QuestionLevel.values());
        level.setItemLabelGenerator(l -> l == null ? "Any" : l.label());
        level.setEmptySelectionAllowed(true);
        text.setId("question-filter-text");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        role.addValueChangeListener(e -> refresh());
        competency.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        level.addValueChangeListener(e -> refresh());
        text.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(role, competency, kind, level, text);
        filters.getStyle().set("flex-wrap", "wrap");

        Map<Long, String> names = allCompetencies.stream().collect(Collectors.toMap(c -> c.competency().id(), c -> c.competency().name()));
        grid.setId("question-grid");
        grid.addColumn(v -> v.question().text()).setHeader("Question").setFlexGrow(4);
        grid.addColumn(v -> v.question().kind().label()).setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> v.question().level().label()).setHeader("Level").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> v.question().minutes() + " min").setHeader("Time").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> v.competencyIds().stream().map(names::get).collect(Collectors.joining(", "))).setHeader("Competencies").setFlexGrow(2);
        grid.setItems(query -> questions.page(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) questions.count(filter()));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                open(QuestionForm.beanOf(questions.get(e.getValue().question().id()), allCompetencies, allRoles));
            }
        });
        grid.setMinHeight("30rem");

        form = new QuestionForm(allCompetencies, allRoles);
        form.setVisible(false);
        form.getStyle().set("flex", "2 1 24rem");
        form.addSaveListener(e -> save(e.bean()));
        form.addCancelListener(e -> close());
        figures = new QuestionFigures(calibration, actor);
        grid.getStyle().set("flex", "3 1 30rem");
        Div side = new Div(form, figures);
        side.getStyle().set("flex", "2 1 24rem");
        FlexLayout content = new FlexLayout(grid, side);
        content.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        content.getStyle().set("gap", "var(--lumo-space-l)");
        content.setWidthFull();
        add(new HorizontalLayout(title, add, importQuestions), filters, content);
    }

    QuestionFilter filter() {
        return new QuestionFilter(role.getValue() == null ? null : role.getValue().role().id(),
                competency.getValue() == null ? null : competency.getValue().competency().id(),
                kind.getValue(), level.getValue(), text.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void open(QuestionForm.QuestionBean bean) {
        form.edit(bean);
        form.setVisible(true);
        figures.show(bean.id);
    }

    private void close() {
        form.setVisible(false);
        figures.show(null);
        grid.asSingleSelect().clear();
    }

    private void save(QuestionForm.QuestionBean bean) {
        try {
            QuestionView saved = bean.id == null ? questions.create(actor, bean.draft()) : questions.update(actor, bean.id, bean.draft());
            Notification.show("Saved: " + saved.question().text(), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            refresh();
        } catch (PanelException refused) {
            // What was typed stays in the form.
            Notification.show(refused.getMessage(), 8000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
