package dev.panel.question.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.panel.competency.CompetencyView;
import dev.panel.question.ImportPreview;
import dev.panel.question.ImportRequest;
import dev.panel.question.QuestionKind;
import dev.panel.question.QuestionLevel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The questions an import found, each editable in its row: tick to import, text, kind, level and
 * competencies. Questions already in the bank are marked and start unticked. The list is bounded by the
 * parser (at most 1000), so it is held in memory rather than loaded lazily.
 */
class ImportPreviewGrid extends Grid<ImportPreviewGrid.Row> {

    /** One found question as the person is reviewing it. */
    static final class Row {
        final int number;
        boolean include;
        String text;
        QuestionKind kind;
        QuestionLevel level;
        Set<CompetencyView> competencies;
        final ImportPreview.Item item;

        Row(int number, ImportPreview.Item item, Set<CompetencyView> suggested) {
            this.number = number;
            this.item = item;
            this.include = item.duplicateOf() == null;
            this.text = item.found().text();
            this.kind = item.found().kind();
            this.level = item.found().level();
            this.competencies = suggested;
        }

        ImportRequest.Item reviewed() {
            return new ImportRequest.Item(text, kind, level, item.found().signal(), item.found().guidance(), item.found().answer(),
                    competencies.stream().map(c -> c.competency().id()).toList(), null);
        }
    }

    private final List<CompetencyView> allCompetencies;
    private final List<Row> rows = new ArrayList<>();

    ImportPreviewGrid(List<CompetencyView> allCompetencies) {
        this.allCompetencies = allCompetencies;
        setId("import-grid");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        addComponentColumn(this::includeBox).setHeader("Import").setAutoWidth(true).setFlexGrow(0);
        addComponentColumn(this::textCell).setHeader("Question").setFlexGrow(3);
        addComponentColumn(row -> {
            VerticalLayout both = new VerticalLayout(kindSelect(row), levelSelect(row));
            both.setPadding(false);
            both.setSpacing(false);
            return both;
        }).setHeader("Kind and level").setWidth("16rem").setFlexGrow(0);
        addComponentColumn(this::competencyBox).setHeader("Competencies").setFlexGrow(2);
        setSelectionMode(SelectionMode.NONE);
        setHeight("34rem");
    }

    void show(ImportPreview preview) {
        Map<Long, CompetencyView> byId = allCompetencies.stream().collect(Collectors.toMap(c -> c.competency().id(), c -> c));
        rows.clear();
        for (ImportPreview.Item item : preview.questions()) {
            Set<CompetencyView> suggested = item.suggestedCompetencyIds().stream().map(byId::get).filter(Objects::nonNull)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            rows.add(new Row(rows.size() + 1, item, suggested));
        }
        setItems(rows);
    }

    List<Row> chosen() {
        return rows.stream().filter(r -> r.include).toList();
    }

    private Checkbox includeBox(Row row) {
        Checkbox box = new Checkbox(row.include);
        box.setId("import-include-" + row.number);
        box.setAriaLabel("Import question " + row.number);
        box.addValueChangeListener(e -> row.include = e.getValue());
        return box;
    }

    private VerticalLayout textCell(Row row) {
        TextArea text = new TextArea();
        text.setId("import-text-" + row.number);
        text.setValue(row.text);
        text.setWidthFull();
        text.setValueChangeMode(ValueChangeMode.ON_BLUR);
        text.addValueChangeListener(e -> row.text = e.getValue());
        VerticalLayout cell = new VerticalLayout(text);
        cell.setPadding(false);
        cell.setSpacing(false);
        if (row.item.duplicateOf() != null) {
            Span duplicate = new Span((row.item.duplicateOf().sameText() ? "Already in the bank: " : "Nearly the same as a bank question: ")
                    + "“" + row.item.duplicateOf().text() + "”");
            duplicate.getElement().getThemeList().add("badge error");
            duplicate.addClassName("import-duplicate");
            duplicate.getStyle().set("white-space", "normal");
            cell.add(duplicate);
        }
        List<String> details = new ArrayList<>();
        if (row.item.found().section() != null) {
            details.add("Section: " + row.item.found().section());
        }
        if (row.item.found().signal() != null) {
            details.add("Signal: " + row.item.found().signal());
        }
        if (row.item.found().guidance() != null) {
            details.add(row.item.found().guidance().size() + " guidance " + (row.item.found().guidance().size() == 1 ? "line" : "lines"));
        }
        if (row.item.found().answer() != null) {
            details.add("sample answer");
        }
        if (!details.isEmpty()) {
            Div about = new Div(String.join(" · ", details));
            about.addClassNames("text-secondary", "text-s");
            about.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            cell.add(about);
        }
        return cell;
    }

    private Select<QuestionKind> kindSelect(Row row) {
        return choice("import-kind-" + row.number, "kind", QuestionKind.values(), QuestionKind::label, row.kind, v -> row.kind = v);
    }

    private Select<QuestionLevel> levelSelect(Row row) {
        return choice("import-level-" + row.number, "level", QuestionLevel.values(), QuestionLevel::label, row.level, v -> row.level = v);
    }

    private static <E> Select<E> choice(String id, String what, E[] values, ItemLabelGenerator<E> label, E value, Consumer<E> onChange) {
        Select<E> select = new Select<>();
        select.setId(id);
        select.setItems(values);
        select.setItemLabelGenerator(label);
        select.setPlaceholder("Choose the " + what + "…");
        select.setAriaLabel(what);
        select.setValue(value);
        select.setWidthFull();
        select.addValueChangeListener(e -> onChange.accept(e.getValue()));
        return select;
    }

    private MultiSelectComboBox<CompetencyView> competencyBox(Row row) {
        MultiSelectComboBox<CompetencyView> box = new MultiSelectComboBox<>();
        box.setId("import-competencies-" + row.number);
        box.setItems(allCompetencies);
        box.setItemLabelGenerator(c -> c.competency().name());
        box.setValue(row.competencies);
        box.setWidthFull();
        box.setPlaceholder("Choose…");
        box.addValueChangeListener(e -> row.competencies = new LinkedHashSet<>(e.getValue()));
        return box;
    }
}
