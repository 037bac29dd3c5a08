package dev.panel.loop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.StreamResource;
import dev.panel.candidate.Candidate;
import dev.panel.common.PanelException;
import dev.panel.privacy.CandidatePrivacy;
import dev.panel.user.Actor;
import io.micronaut.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Export, anonymise and delete for one candidate, each of the two that cannot be undone behind a confirmation that
 * says what goes. {@code afterChange} runs once the candidate was anonymised or deleted (true when deleted).
 */
class CandidatePrivacyActions extends HorizontalLayout {

    /** {@code stillScoring}: the actor sits on this candidate's panel without having submitted, so the export (all scorecards) waits. */
    CandidatePrivacyActions(CandidatePrivacy privacy, JsonMapper json, Actor actor, Candidate candidate, boolean stillScoring,
                                   java.util.function.Consumer<Boolean> afterChange) {
        setId("privacy-actions");
        StreamResource export = new StreamResource("candidate-" + candidate.id() + ".json", () -> {
            try {
                return new ByteArrayInputStream(json.writeValueAsBytes(privacy.export(actor, candidate.id())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Anchor download = new Anchor(export, "Export data (JSON)");
        download.getElement().setAttribute("download", true);
        download.setId("export-candidate");

        Button anonymise = new Button("Anonymise…", click -> confirm("Anonymise " + candidate.name() + "?",
                "Their name and email, every note and piece of evidence, amendment and decision reasons are replaced "
                        + "for good, and their later outcomes are deleted; ratings stay for statistics. This cannot be undone.", "Anonymise", "Candidate anonymised.",
                () -> {
                    privacy.anonymise(actor, candidate.id());
                    afterChange.accept(false);
                }));
        anonymise.setId("anonymise-candidate");
        anonymise.setEnabled(!candidate.isAnonymised());
        Button delete = new Button("Delete…", click -> confirm("Delete " + candidate.name() + "?",
                "The candidate, their loops, interviews, scorecards, decisions and outcomes are deleted for good; their ratings leave "
                        + "the statistics. This cannot be undone.", "Delete", "Candidate deleted.", () -> {
                    privacy.delete(actor, candidate.id());
                    afterChange.accept(true);
                }));
        delete.setId("delete-candidate");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        setAlignItems(Alignment.BASELINE);
        if (stillScoring) {
            Span later = new Span("Export data: once you have submitted your own scorecard");
            later.setId("export-candidate-later");
            later.getStyle().set("color", "var(--lumo-secondary-text-color)");
            add(later, anonymise, delete);
        } else {
            add(download, anonymise, delete);
        }
    }

    private static void confirm(String header, String text, String action, String done, Runnable confirmed) {
        ConfirmDialog dialog = new ConfirmDialog(header, text, action, event -> {
            try {
                confirmed.run();
                Notification.show(done, 4000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (PanelException refused) {
                Notification.show(refused.getMessage(), 8000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("privacy-confirm");
        dialog.open();
    }
}
