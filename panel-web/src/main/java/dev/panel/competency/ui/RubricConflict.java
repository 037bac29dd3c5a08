package dev.panel.competency.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.panel.competency.RubricLevel;
import dev.panel.competency.RubricVersion;
import dev.panel.security.ReaderTime;

import java.util.List;

/**
 * Shown when someone saved a newer version of the rubric while this person was editing: their version beside the
 * unsaved text, which stays in the editor. Either save one's own as the version after theirs, or load theirs.
 */
class RubricConflict extends Div {


    RubricConflict(RubricVersion theirs, int mineBasedOn, List<RubricLevel> mine, Runnable saveMine, Runnable loadTheirs) {
        setId("rubric-conflict");
        getStyle().set("border", "2px solid var(--lumo-error-color-50pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("margin", "var(--lumo-space-m) 0").set("background", "var(--lumo-error-color-10pct)");
        Paragraph message = new Paragraph((theirs.createdBy() == null ? "Someone else" : theirs.createdBy()) + " saved version "
                + theirs.number() + " of this rubric at " + ReaderTime.current().time(theirs.createdAt()) + ", while you were editing version " + mineBasedOn
                + ". Your text is not saved yet and is still in the editor. Their version and yours, level by level:");
        message.setId("rubric-conflict-message");
        message.getStyle().set("font-weight", "600").set("margin-top", "0");
        VersionComparison comparison = new VersionComparison("Left: their version " + theirs.number() + ". Right: yours, unsaved.",
                theirs.levels(), mine);
        comparison.setId("rubric-conflict-comparison");
        Button save = new Button("Save mine as version " + (theirs.number() + 1), e -> saveMine.run());
        save.setId("save-mine-rubric");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button load = new Button("Drop mine and load theirs", e -> loadTheirs.run());
        load.setId("load-their-rubric");
        load.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(message, comparison, new HorizontalLayout(save, load));
    }
}
