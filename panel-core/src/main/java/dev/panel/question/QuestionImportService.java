package dev.panel.question;

import dev.panel.audit.AuditLog;
import dev.panel.common.InvalidInputException;
import dev.panel.common.Texts;
import dev.panel.common.TransactionRetry;
import dev.panel.competency.CompetencyService;
import dev.panel.role.RoleService;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Brings questions collected elsewhere into the bank: reads pasted text into a preview (questions found,
 * repeats of bank questions, suggested competencies, warnings), then adds a reviewed list to a role, all
 * or nothing, with one audit event for the import besides one per question.
 */
@Singleton
@TransactionRetry
public class QuestionImportService {

    public static final int DEFAULT_MINUTES = 10;
    public static final int MAX_TEXT_CHARS = 2 * 1024 * 1024;
    /** Stored as a question's signal when the page did not say what it should surface; the bank requires one. */
    public static final String NO_SIGNAL = "Not stated where this question came from: say what it should surface.";

    private final QuestionService questions;
    private final QuestionSearch search;
    private final CompetencyService competencies;
    private final RoleService roles;
    private final AuditLog audit;

    QuestionImportService(QuestionService questions, QuestionSearch search, CompetencyService competencies, RoleService roles, AuditLog audit) {
        this.questions = questions;
        this.search = search;
        this.competencies = competencies;
        this.roles = roles;
        this.audit = audit;
    }

    @ReadOnly
    public ImportPreview preview(Actor actor, String text) {
        actor.require("import questions", Role.HIRING_MANAGER);
        if (text != null && text.length() > MAX_TEXT_CHARS) {
            throw new InvalidInputException("The text can be at most " + MAX_TEXT_CHARS / (1024 * 1024) + " MB; import it in parts.");
        }
        ParsedPage page = QuestionTextParser.parse(text == null ? "" : text);
        BankDuplicates bank = new BankDuplicates(search.allTexts());
        CompetencySuggestions suggestions = new CompetencySuggestions(competencies.list(), search.textsByCompetency());
        List<ImportPreview.Item> items = page.questions().stream().map(q -> new ImportPreview.Item(q, bank.match(q.text()),
                suggestions.suggest(q.text() + " " + (q.signal() == null ? "" : q.signal())))).toList();
        return new ImportPreview(items, page.warnings());
    }

    /**
     * Imports run one after another per role and read committed, so the same list sent twice at once (a double
     * click, a retried request) adds its questions once: the second import finds them in the bank and skips them.
     */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public ImportResult importQuestions(Actor actor, ImportRequest request) {
        actor.require("import questions", Role.HIRING_MANAGER);
        if (request.roleId() == null) {
            throw new InvalidInputException("roleId: choose the role the questions are for.");
        }
        roles.requireExisting(List.of(request.roleId()));
        roles.lockForChange(List.of(request.roleId()));
        if (request.questions() == null || request.questions().isEmpty()) {
            throw new InvalidInputException("questions: there is nothing to import.");
        }
        String source = Texts.optional(request.source(), "source", 500);
        List<QuestionDraft> drafts = new ArrayList<>();
        for (int i = 0; i < request.questions().size(); i++) {
            drafts.add(draft(i + 1, request.questions().get(i), request.roleId(), source == null ? "Imported by " + actor.username() : source));
        }
        ImportResult result = add(actor, drafts, request.includeDuplicates());
        audit.record(actor.username(), "questions.imported", "role:" + request.roleId(), summary(result, source == null ? "pasted text" : source));
        return result;
    }

    /**
     * Adds complete questions (as read from a spreadsheet) to the bank, all or nothing; repeats of bank
     * questions are skipped unless {@code includeDuplicates}.
     */
    @Transactional(isolation = TransactionDefinition.Isolation.READ_COMMITTED)
    public ImportResult importDrafts(Actor actor, List<QuestionDraft> drafts, boolean includeDuplicates, String source) {
        actor.require("import questions", Role.HIRING_MANAGER);
        if (drafts.isEmpty()) {
            throw new InvalidInputException("The spreadsheet holds no questions.");
        }
        roles.lockForChange(drafts.stream().filter(d -> d.roleIds() != null).flatMap(d -> d.roleIds().stream()).toList());
        ImportResult result = add(actor, drafts, includeDuplicates);
        audit.record(actor.username(), "questions.imported", "question-bank", summary(result, source));
        return result;
    }

    private ImportResult add(Actor actor, List<QuestionDraft> drafts, boolean includeDuplicates) {
        BankDuplicates bank = new BankDuplicates(search.allTexts());
        Set<String> inThisImport = new HashSet<>();
        List<Long> imported = new ArrayList<>();
        List<ImportResult.Skipped> skipped = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            QuestionDraft draft = drafts.get(i);
            ImportPreview.BankMatch match = bank.match(draft.text());
            if (!inThisImport.add(QuestionSimilarity.fold(draft.text()))) {
                skipped.add(new ImportResult.Skipped(i + 1, draft.text(), null));
            } else if (match != null && !includeDuplicates) {
                skipped.add(new ImportResult.Skipped(i + 1, draft.text(), match.questionId()));
            } else {
                try {
                    imported.add(questions.create(actor, draft).question().id());
                } catch (InvalidInputException refused) {
                    throw new InvalidInputException("questions[" + (i + 1) + "]: " + refused.getMessage());
                }
            }
        }
        return new ImportResult(imported, skipped);
    }

    private static String summary(ImportResult result, String source) {
        return result.importedIds().size() + " imported, " + result.skipped().size() + " skipped as repeats; source: " + source;
    }

    /** The bank's draft of one reviewed question; refuses a missing or wrong field, naming it and the question. */
    private QuestionDraft draft(int number, ImportRequest.Item item, long roleId, String source) {
        String field = "questions[" + number + "].";
        if (item == null || item.text() == null || item.text().isBlank()) {
            throw new InvalidInputException(field + "text: the question has no text.");
        }
        String text = item.text().strip();
        String which = "\"" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "\"";
        if (text.length() > 2000) {
            throw new InvalidInputException(field + "text: " + which + " is longer than 2000 characters.");
        }
        if (item.kind() == null) {
            throw new InvalidInputException(field + "kind: choose the kind of " + which + ".");
        }
        if (item.level() == null) {
            throw new InvalidInputException(field + "level: choose the level of " + which + ".");
        }
        if (item.competencyIds() == null || item.competencyIds().isEmpty()) {
            throw new InvalidInputException(field + "competencyIds: name at least one competency for " + which + ".");
        }
        int minutes = item.minutes() == null ? DEFAULT_MINUTES : item.minutes();
        if (minutes < 1 || minutes > QuestionService.MAX_MINUTES) {
            throw new InvalidInputException(field + "minutes: the time box of " + which + " is 1 to " + QuestionService.MAX_MINUTES + " minutes.");
        }
        String signal = item.signal() == null || item.signal().isBlank() ? NO_SIGNAL : item.signal();
        return new QuestionDraft(null, text, item.kind(), item.level(), List.copyOf(new LinkedHashSet<>(item.competencyIds())),
                List.of(roleId), signal, List.of(), List.of(), List.of(), minutes, source, item.guidance(), item.answer(), null);
    }
}
