package dev.panel.competency.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.panel.common.ConflictException;
import dev.panel.common.PanelException;
import dev.panel.competency.CompetencyService;
import dev.panel.competency.CompetencyView;
import dev.panel.competency.RubricVersion;
import dev.panel.security.CurrentUser;
import dev.panel.user.Actor;
import dev.panel.security.ReaderTime;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/** The competency library: pick a competency, edit its rubric (saving makes a new version), compare versions. */
@Prototype
@Route("library/competencies")
@Menu(title = "Competencies", order = 30, icon = "vaadin:book")
@PageTitle("Competencies · Panel")
@RolesAllowed("HIRING_MANAGER")
public class CompetenciesView extends VerticalLayout {

    private final ReaderTime reader = ReaderTime.current();

    private final CompetencyService competencies;
    private final Actor actor;
    private final Grid<CompetencyView> list = new Grid<>();
    private final Div detail = new Div();
    /** Where a save that met someone else's newer version shows theirs beside the unsaved text. */
    private final Div conflict = new Div();
    /** The rubric version the editor on screen started from (or was rebased on, after a conflict). */
    private int basedOn;
    private Button save;

    CompetenciesView(CompetencyService competencies) {
        this.competencies = competencies;
        this.actor = CurrentUser.actor();
        setMaxWidth("100rem");
        H1 title = new H1("Competencies and rubrics");
        title.setId("home-heading");
        Button add = new Button("New competency", e -> new NewCompetencyDialog(competencies, actor, created -> {
            refresh();
            list.select(list.getListDataView().getItems().filter(v -> v.competency().id().equals(created.competency().id()))
                    .findFirst().orElse(null));
        }).open());
        add.setId("new-competency");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        list.setId("competency-list");
        list.addColumn(v -> v.competency().name()).setHeader("Competency").setFlexGrow(1);
        list.addColumn(v -> "v" + v.rubric().number()).setHeader("Rubric").setAutoWidth(true).setFlexGrow(0);
        list.setAllRowsVisible(true);
        list.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        Div left = new Div(list);
        left.getStyle().set("flex", "1 1 20rem").set("min-width", "16rem");
        detail.getStyle().set("flex", "3 1 40rem").set("min-width", "24rem");
        FlexLayout columns = new FlexLayout(left, detail);
        columns.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        columns.getStyle().set("gap", "var(--lumo-space-l)");
        columns.setWidthFull();
        add(new HorizontalLayout(title, add), columns);
        refresh();
        detail.add(new Paragraph("Pick a competency to see and edit its rubric."));
    }

    private void refresh() {
        list.setItems(competencies.list());
    }

    private void show(CompetencyView view) {
        detail.removeAll();
        conflict.removeAll();
        if (view == null) {
            return;
        }
        RubricVersion current = view.rubric();
        basedOn = current.number();
        H2 name = new H2(view.competency().name());
        name.setId("competency-name");
        RubricEditor editor = new RubricEditor(current.levels());
        save = new Button("Save as version " + (basedOn + 1), e -> save(view.competency().id(), editor));
        save.setId("save-rubric");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        detail.add(name, new Paragraph(view.competency().description()),
                RubricEditor.caption("Version " + current.number() + ", by " + current.createdBy() + " on " + reader.moment(current.createdAt())),
                conflict, editor, save, history(view.competency().id()));
    }

    private void save(long competencyId, RubricEditor editor) {
        try {
            RubricVersion saved = competencies.reviseRubric(actor, competencyId, basedOn, editor.levels());
            Notification.show(saved.number() == basedOn ? "Nothing changed, so no new version."
                    : "Saved as version " + saved.number() + ".", 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
            show(competencies.get(competencyId));
        } catch (ConflictException stale) {
            // Someone saved a newer version: theirs beside ours; the text stays in the editor until the person chooses.
            RubricVersion theirs = competencies.get(competencyId).rubric();
            conflict.removeAll();
            conflict.add(new RubricConflict(theirs, basedOn, editor.levels(), () -> {
                basedOn = theirs.number();
                save.setText("Save as version " + (basedOn + 1));
                save(competencyId, editor);
            }, () -> show(competencies.get(competencyId))));
        } catch (PanelException refused) {
            // The text stays in the editor: nothing the hiring manager typed is lost.
            Notification.show(refused.getMessage(), 8000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private Div history(long competencyId) {
        List<RubricVersion> versions = competencies.versions(competencyId);
        Div box = new Div(new H2("Versions"));
        box.setId("rubric-history");
        for (RubricVersion v : versions) {
            box.add(new Paragraph("Version " + v.number() + " · " + v.createdBy() + " · " + reader.moment(v.createdAt())));
        }
        if (versions.size() < 2) {
            return box;
        }
        Select<RubricVersion> from = versionPicker("Compare", versions, versions.get(1));
        Select<RubricVersion> to = versionPicker("with", versions, versions.get(0));
        Div comparison = new Div(new VersionComparison(versions.get(1), versions.get(0)));
        from.addValueChangeListener(e -> comparison.removeAll());
        to.addValueChangeListener(e -> comparison.removeAll());
        Button compare = new Button("Compare", e -> {
            comparison.removeAll();
            comparison.add(new VersionComparison(from.getValue(), to.getValue()));
        });
        HorizontalLayout pickers = new HorizontalLayout(from, to, compare);
        pickers.setAlignItems(Alignment.BASELINE);
        box.add(pickers, comparison);
        return box;
    }

    private static Select<RubricVersion> versionPicker(String label, List<RubricVersion> versions, RubricVersion selected) {
        Select<RubricVersion> picker = new Select<>();
        picker.setLabel(label);
        picker.setItems(versions);
        picker.setItemLabelGenerator(v -> "Version " + v.number());
        picker.setValue(selected);
        return picker;
    }
}
