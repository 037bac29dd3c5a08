package dev.panel.plan.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.panel.plan.PlanStage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The plan's stages in order, each in its editor; carries out the editors' moves and removals and reports every change. */
class StageList extends Div {

    private final PlanLibrary library;
    private final Runnable changed;
    private final List<StageEditor> editors = new ArrayList<>();
    private boolean readOnly;

    StageList(PlanLibrary library, Runnable changed) {
        this.library = library;
        this.changed = changed;
        setId("stage-list");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)");
    }

    void show(List<StageBean> stages, boolean readOnly) {
        this.readOnly = readOnly;
        editors.clear();
        stages.forEach(this::editorFor);
        redraw();
    }

    /** Adds a stage at the end, as a change to the plan. */
    void add(StageBean stage) {
        editorFor(stage);
        redraw();
        changed.run();
    }

    List<PlanStage> stages() {
        return editors.stream().map(e -> e.bean().stage()).toList();
    }

    /** Checks every stage, marking what is wrong in place; true when all can be saved. */
    boolean validate() {
        boolean ok = true;
        for (StageEditor editor : editors) {
            ok &= editor.validate();
        }
        return ok;
    }

    private void editorFor(StageBean stage) {
        StageEditor editor = new StageEditor(stage, library);
        editor.setReadOnly(readOnly);
        editor.addStageListener(e -> {
            int at = editors.indexOf(e.getSource());
            switch (e.action()) {
                case UP -> Collections.swap(editors, at, at - 1);
                case DOWN -> Collections.swap(editors, at, at + 1);
                case REMOVE -> editors.remove(at);
                case CHANGED -> {
                    changed.run();
                    return;
                }
            }
            redraw();
            changed.run();
        });
        editors.add(editor);
    }

    private void redraw() {
        removeAll();
        if (editors.isEmpty()) {
            Paragraph empty = new Paragraph(readOnly ? "This plan has no stages." : "No stages yet. Add the first interview of the loop.");
            empty.setId("no-stages");
            add(empty);
        }
        for (int i = 0; i < editors.size(); i++) {
            editors.get(i).place(i, editors.size());
            add(editors.get(i));
        }
    }
}
