package dev.panel.question.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.panel.common.PanelException;
import dev.panel.competency.CompetencyService;
import dev.panel.question.ImportPreview;
import dev.panel.question.ImportRequest;
import dev.panel.question.ImportResult;
import dev.panel.question.QuestionImportService;
import dev.panel.role.RoleService;
import dev.panel.role.RoleView;
import dev.panel.security.CurrentUser;
import dev.panel.user.Actor;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Import questions: paste a page or upload a .txt/.md file, review what was found (edit, untick, see
 * warnings and bank repeats), choose the role, and import the ticked questions all at once.
 */
@Prototype
@Route("library/questions/import")
@PageTitle("Import questions · Panel")
@RolesAllowed("HIRING_MANAGER")
public class QuestionImportView extends VerticalLayout {

    static final int MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

    private final QuestionImportService imports;
    private final Actor actor;
    private final TextArea pasted = new TextArea("Paste a page of questions");
    private final Div warnings = new Div();
    private final ImportPreviewGrid grid;
    private final ComboBox<RoleView> role = new ComboBox<>("Role the questions are for");
    private final VerticalLayout review = new VerticalLayout();
    private final Paragraph result = new Paragraph();
    private final Div done = new Div();

    QuestionImportView(QuestionImportService imports, CompetencyService competencies, RoleService roles) {
        this.imports = imports;
        this.actor = CurrentUser.actor();
        this.grid = new ImportPreviewGrid(competencies.list());
        setMaxWidth("110rem");
        H1 title = new H1("Import questions");
        title.setId("home-heading");
        RouterLink back = new RouterLink("Back to the question bank", QuestionBankView.class);

        pasted.setId("import-text");
        pasted.setWidthFull();
        pasted.setMinHeight("12rem");
        pasted.setMaxHeight("24rem");
        pasted.setHelperText("Numbered or quoted questions, lists with “Why they ask:” or “Assess …” lines, articles with sample answers: "
                + "Panel finds the questions and leaves ads and links out.");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            pasted.setValue(new String(bytes, StandardCharsets.UTF_8));
            preview();
        }))));
        upload.setId("import-upload");
        upload.setAcceptedFileTypes("text/plain", "text/markdown", ".txt", ".md");
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setMaxFiles(1);
        upload.setUploadButton(new Button("Upload a .txt or .md file"));
        upload.setDropLabel(new com.vaadin.flow.component.html.Span("or drop it here"));
        upload.addFileRejectedListener(e -> error(e.getErrorMessage()));
        Button find = new Button("Find questions", e -> preview());
        find.setId("import-preview");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout source = new HorizontalLayout(find, upload);
        source.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        warnings.setId("import-warnings");
        role.setId("import-role");
        role.setItems(roles.list());
        role.setItemLabelGenerator(r -> r.role().name());
        role.setWidth("24rem");
        Button confirm = new Button("Import ticked questions", e -> importTicked());
        confirm.setId("import-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout commit = new HorizontalLayout(role, confirm);
        commit.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        review.add(new H2("Review what was found"), warnings, grid, commit);
        review.setPadding(false);
        review.setVisible(false);
        result.setId("import-result");
        done.add(result, new RouterLink("Open the question bank", QuestionBankView.class));
        done.setVisible(false);
        add(new HorizontalLayout(title), back, pasted, source, done, review);
    }

    private void preview() {
        try {
            ImportPreview preview = imports.preview(actor, pasted.getValue());
            warnings.removeAll();
            if (!preview.warnings().isEmpty()) {
                UnorderedList list = new UnorderedList(preview.warnings().stream().map(ListItem::new).toArray(ListItem[]::new));
                list.getStyle().set("color", "var(--lumo-warning-text-color, var(--lumo-secondary-text-color))").set("margin", "0");
                warnings.add(list);
            }
            grid.show(preview);
            grid.setVisible(!preview.questions().isEmpty());
            done.setVisible(false);
            review.setVisible(true);
            review.scrollIntoView();
        } catch (PanelException refused) {
            error(refused.getMessage());
        }
    }

    private void importTicked() {
        List<ImportPreviewGrid.Row> chosen = grid.chosen();
        if (chosen.isEmpty()) {
            error("Tick at least one question to import.");
            return;
        }
        if (role.getValue() == null) {
            error("Choose the role the questions are for.");
            return;
        }
        // Ticking a question marked as already in the bank is asking for it to be imported anyway.
        boolean includeDuplicates = chosen.stream().anyMatch(r -> r.item.duplicateOf() != null);
        try {
            ImportResult outcome = imports.importQuestions(actor, new ImportRequest(role.getValue().role().id(), includeDuplicates, null,
                    chosen.stream().map(ImportPreviewGrid.Row::reviewed).toList()));
            String message = "Imported " + count(outcome.importedIds().size()) + " into the bank for " + role.getValue().role().name() + "."
                    + (outcome.skipped().isEmpty() ? "" : " Skipped " + count(outcome.skipped().size()) + " already in the bank.");
            result.setText(message);
            done.setVisible(true);
            review.setVisible(false);
            pasted.clear();
            Notification.show(message, 5000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (PanelException refused) {
            // The grid keeps every edit, so the person fixes the named question and tries again.
            error(forRow(refused.getMessage(), chosen));
        }
    }

    /** "questions[2].level: choose …" names the second ticked question; the grid numbers every row found. */
    static String forRow(String message, List<ImportPreviewGrid.Row> chosen) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^questions\\[(\\d+)][.\\w]*: (.*)$", java.util.regex.Pattern.DOTALL).matcher(message);
        if (!m.matches()) {
            return message;
        }
        int index = Integer.parseInt(m.group(1)) - 1;
        String rest = m.group(2);
        return index >= 0 && index < chosen.size() ? "Question " + chosen.get(index).number + ": " + rest : rest;
    }

    private static String count(int n) {
        return n + (n == 1 ? " question" : " questions");
    }

    private static void error(String message) {
        Notification.show(message, 8000, Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
