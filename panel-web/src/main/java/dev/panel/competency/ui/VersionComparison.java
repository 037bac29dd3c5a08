package dev.panel.competency.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.panel.competency.RubricLevel;
import dev.panel.competency.RubricVersion;

import java.util.List;

/** Two rubric versions level by level, the changed levels marked, the older text beside the newer. */
class VersionComparison extends Div {

    VersionComparison(RubricVersion older, RubricVersion newer) {
        this("Version " + older.number() + " against version " + newer.number() + " (by " + newer.createdBy() + ")",
                older.levels(), newer.levels());
        setId("version-comparison");
    }

    /** Any two sets of levels, e.g. a saved version against the unsaved text in an editor. */
    VersionComparison(String caption, List<RubricLevel> older, List<RubricLevel> newer) {
        add(new Paragraph(caption));
        int levels = Math.max(older.size(), newer.size());
        for (int i = 0; i < levels; i++) {
            RubricLevel before = at(older, i);
            RubricLevel after = at(newer, i);
            boolean changed = before == null || !before.equals(after);
            Div row = new Div();
            row.addClassName(changed ? "level-changed" : "level-same");
            row.getStyle().set("display", "grid").set("grid-template-columns", "8rem 1fr 1fr").set("gap", "var(--lumo-space-m)")
                    .set("padding", "var(--lumo-space-s)").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
            if (changed) {
                row.getStyle().set("background", "var(--lumo-warning-color-10pct, var(--lumo-contrast-5pct))");
            }
            Span level = new Span("Level " + (i + 1) + (changed ? " · changed" : ""));
            level.getStyle().set("font-weight", "600");
            row.add(level, text(before), text(after));
            add(row);
        }
    }

    private static RubricLevel at(List<RubricLevel> levels, int index) {
        return index < levels.size() ? levels.get(index) : null;
    }

    private static Div text(RubricLevel level) {
        Div box = new Div();
        if (level == null) {
            box.setText("—");
            return box;
        }
        Span label = new Span(level.label());
        label.getStyle().set("font-weight", "600").set("display", "block");
        box.add(label, new Span(level.anchor()));
        return box;
    }
}
