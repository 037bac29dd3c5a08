package dev.panel.loop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.panel.common.InvalidInputException;
import dev.panel.common.PanelException;
import dev.panel.common.RowProblem;
import dev.panel.outcome.OutcomeImportService;
import dev.panel.reports.xlsx.SheetAsCsv;
import dev.panel.user.Actor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Imports outcomes of any hires from a CSV or xlsx file, as {@code POST /api/outcomes/import} does; a refused file
 * lists its bad rows here, and nothing of it is kept.
 */
class OutcomeImport extends Div {

    private final OutcomeImportService imports;
    private final Actor actor;
    private final Runnable afterImport;
    private final UnorderedList problems = new UnorderedList();

    OutcomeImport(OutcomeImportService imports, Actor actor, Runnable afterImport) {
        this.imports = imports;
        this.actor = actor;
        this.afterImport = afterImport;
        setId("outcome-import");
        Paragraph columns = new Paragraph("Columns: candidate (id or email), checkpoint, and optionally competency, rating, "
                + "still_employed (yes or no) and date (2025-06-30). One bad row and nothing is imported; each is listed.");
        columns.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() ->
                read(metadata.fileName(), bytes)))));
        upload.setAcceptedFileTypes("text/csv", ".csv", ".xlsx");
        upload.setMaxFileSize(SheetAsCsv.RATINGS.maxBytes());
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button("Import outcomes from a CSV or xlsx file"));
        upload.setDropLabel(new Span("or drop it here"));
        upload.addFileRejectedListener(e -> error(e.getErrorMessage()));
        problems.setId("outcome-import-problems");
        add(new H3("Import outcomes"), columns, upload, problems);
    }

    private void read(String fileName, byte[] bytes) {
        problems.removeAll();
        try (Reader rows = fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")
                ? new StringReader(SheetAsCsv.firstSheet(bytes, SheetAsCsv.RATINGS))
                : new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            OutcomeImportService.Imported imported = imports.importCsv(actor, rows);
            Notification.show(imported.outcomes() + " outcomes of " + imported.candidates() + " candidates imported.", 4000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            afterImport.run();
        } catch (InvalidInputException refused) {
            error(refused.getMessage());
            for (RowProblem problem : refused.rows()) {
                problems.add(new ListItem("Row " + problem.row() + ": " + problem.message()));
            }
        } catch (PanelException refused) {
            error(refused.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void error(String message) {
        Notification.show(message, 8000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
