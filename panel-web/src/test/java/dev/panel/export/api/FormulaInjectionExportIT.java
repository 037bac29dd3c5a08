package dev.panel.export.api;

import dev.panel.candidate.CandidateService;
import dev.panel.competency.CompetencyService;
import dev.panel.loop.FrozenPlan;
import dev.panel.loop.LoopOpening;
import dev.panel.loop.LoopView;
import dev.panel.loop.OpenLoop;
import dev.panel.plan.PlanDraft;
import dev.panel.plan.PlanService;
import dev.panel.plan.PlanStage;
import dev.panel.plan.PlanView;
import dev.panel.question.Question;
import dev.panel.question.QuestionDraft;
import dev.panel.question.QuestionKind;
import dev.panel.question.QuestionLevel;
import dev.panel.question.QuestionService;
import dev.panel.role.Requirement;
import dev.panel.role.RoleDraft;
import dev.panel.role.RoleService;
import dev.panel.scorecard.Note;
import dev.panel.scorecard.Rating;
import dev.panel.scorecard.Recommendation;
import dev.panel.scorecard.Scorecard;
import dev.panel.scorecard.ScorecardContent;
import dev.panel.scorecard.ScorecardService;
import dev.panel.testing.ApiUsers;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LibraryFixture;
import dev.panel.testing.Names;
import dev.panel.testing.PanelClient;
import dev.panel.user.Actor;
import dev.panel.user.NewUser;
import dev.panel.user.Role;
import dev.panel.user.User;
import dev.panel.user.UserService;
import dev.panel.xlsx.FormulaGuard;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text that a spreadsheet program would run as a formula, typed into every person-typed field that reaches an export
 * (names of candidates, interviewers, competencies, roles and stages; evidence; every text of a question; every column
 * of an imported dataset), comes out of every export (scorecards, calibration workbook of Panel's scorecards and of a
 * dataset, question bank) as a text cell holding exactly what Panel stored, with Excel's quote prefix; no export holds
 * a formula cell. Panel trims the whitespace around names and list items as they are saved, so a tab- or CR-led name is
 * stored (and exported) without it; evidence keeps it.
 */
@MicronautTest(transactional = false)
class FormulaInjectionExportIT implements DatabaseTest {

    static final List<String> RISKY = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2", "@SUM(A1)", "\tTab-led text", "\rCR-led text");
    static final AtomicInteger CELLS_CHECKED = new AtomicInteger();

    @Inject
    ApiUsers users;
    @Inject
    UserService userService;
    @Inject
    CompetencyService competencies;
    @Inject
    RoleService roles;
    @Inject
    QuestionService questions;
    @Inject
    PlanService plans;
    @Inject
    CandidateService candidates;
    @Inject
    LoopOpening loops;
    @Inject
    ScorecardService scorecards;

    PanelClient recruiter;
    long roleId;
    /** What Panel stored of each risky text typed into the role's library, loops and scorecards. */
    final Set<String> panelTexts = new LinkedHashSet<>();
    /** The same of the question bank's texts. */
    final Set<String> questionTexts = new LinkedHashSet<>();

    @BeforeAll
    void typeRiskyTextEverywhere() {
        recruiter = users.person(Role.RECRUITER).client();
        String word = LibraryFixture.uniqueWord();
        Actor manager = Actor.of(person("hiring manager", Role.HIRING_MANAGER));
        List<Long> competencyIds = new ArrayList<>();
        for (String risky : RISKY) {
            String name = stored(risky + " " + word, competencies.create(manager, LibraryFixture.newCompetency(risky + " " + word)).competency().name());
            competencyIds.add(competencies.list().stream().filter(c -> c.competency().name().equals(name)).findFirst().orElseThrow().competency().id());
            panelTexts.add(name);
        }
        String roleName = RISKY.get(0) + " " + word;
        var role = roles.create(manager, new RoleDraft(null, roleName, RISKY.get(3), RISKY.get(2), null,
                competencyIds.stream().map(id -> new Requirement(id, 1, id.equals(competencyIds.get(0)))).toList(), null));
        roleId = role.role().id();
        panelTexts.add(stored(roleName, role.role().name()));
        List<Long> questionIds = new ArrayList<>();
        for (int i = 0; i < RISKY.size(); i++) {
            Question question = questions.create(manager, new QuestionDraft(null, RISKY.get(i) + " how would you " + word + "?",
                    QuestionKind.TECHNICAL, QuestionLevel.INTERMEDIATE, List.of(competencyIds.get(i)), List.of(roleId), at(i + 1),
                    List.of(at(i + 2)), List.of(at(i + 3)), List.of(at(i + 4)), 10, at(i + 5), List.of(at(i)), at(i + 1), null)).question();
            questionIds.add(question.id());
            questionTexts.add(stored(RISKY.get(i) + " how would you " + word + "?", question.text()));
            questionTexts.add(stored(at(i + 1), question.signal()));
            questionTexts.add(stored(at(i + 2), question.probes().get(0)));
            questionTexts.add(stored(at(i + 3), question.strongAnswer().get(0)));
            questionTexts.add(stored(at(i + 4), question.redFlags().get(0)));
            questionTexts.add(stored(at(i + 5), question.source()));
            questionTexts.add(stored(at(i), question.guidance().get(0)));
            questionTexts.add(stored(at(i + 1), question.sampleAnswer()));
        }
        questionTexts.addAll(panelTexts);
        List<PlanStage> stages = new ArrayList<>();
        for (int i = 0; i < RISKY.size(); i++) {
            stages.add(new PlanStage(RISKY.get(i), 45, 2, List.of(competencyIds.get(i)), List.of(questionIds.get(i))));
        }
        PlanView plan = plans.create(manager, new PlanDraft(roleId, "Plan " + word, stages, null));
        plan = plans.publish(manager, plan.plan().id(), plan.plan().version(), "Formula injection test");
        List<User> interviewers = new ArrayList<>();
        for (String risky : RISKY) {
            User interviewer = userService.create(new NewUser(Names.unique("risky"), risky, "panel-test-password", Set.of(Role.INTERVIEWER)));
            interviewers.add(interviewer);
            panelTexts.add(stored(risky, interviewer.displayName()));
        }
        Actor opener = Actor.of(person("recruiter", Role.RECRUITER));
        for (int c = 0; c < RISKY.size(); c++) {
            var candidate = candidates.create(opener, RISKY.get(c), null);
            panelTexts.add(stored(RISKY.get(c), candidate.name()));
            List<OpenLoop.Assignment> assignments = new ArrayList<>();
            for (int s = 0; s < RISKY.size(); s++) {
                assignments.add(new OpenLoop.Assignment(s, null, List.of(interviewers.get(s).id(), interviewers.get((s + 1) % RISKY.size()).id())));
            }
            LoopView loop = loops.open(opener, new OpenLoop(candidate.id(), plan.plan().id(), assignments));
            for (int s = 0; s < RISKY.size(); s++) {
                var interview = loop.interviews().get(s);
                panelTexts.add(stored(RISKY.get(s), interview.stage().name()));
                for (int seat = 0; seat < 2; seat++) {
                    String evidence = at(c + s + seat);
                    Scorecard card = submit(interviewers.get((s + seat) % RISKY.size()), interview.interview().id(), interview.stage(), evidence);
                    panelTexts.add(stored(evidence, card.content().ratings().get(0).evidence()));
                }
            }
        }
    }

    @AfterAll
    void report() {
        System.out.println("Formula injection: " + CELLS_CHECKED.get() + " cells holding typed text checked");
    }

    @Test
    void the_scorecard_export_keeps_every_typed_text_as_quoted_text() throws IOException {
        assertEveryTypedTextIsQuotedText(download("/api/exports/scorecards?role=" + roleId), panelTexts);
    }

    @Test
    void the_calibration_workbook_of_panels_scorecards_keeps_every_typed_text_as_quoted_text() throws IOException {
        assertEveryTypedTextIsQuotedText(download("/api/calibration/workbook?role=" + roleId), withoutEvidence(panelTexts));
    }

    @Test
    void the_calibration_workbook_of_an_imported_dataset_keeps_every_typed_text_as_quoted_text() throws IOException {
        String dataset = RISKY.get(0) + " " + LibraryFixture.uniqueWord();
        StringWriter csv = new StringWriter();
        Set<String> typed = new LinkedHashSet<>();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT)) {
            printer.printRecord("candidate", "interviewer", "competency", "rating", "stage", "role");
            for (int row = 0; row < RISKY.size(); row++) {
                for (int rater = 0; rater < 2; rater++) {
                    printer.printRecord(at(row), at(row + rater + 1), at(row + 2), 1 + (row + rater) % 4, at(row + 3), at(row + 4));
                }
            }
        }
        // The import trims values as a CSV reader does, so tab- and CR-led values arrive without their lead.
        RISKY.forEach(risky -> typed.add(risky.strip()));
        HttpResponse<String> imported = recruiter.post("/api/ratings/import?dataset=" + URLEncoder.encode(dataset, StandardCharsets.UTF_8),
                "text/csv", csv.toString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);

        XSSFWorkbook book = download("/api/calibration/workbook?dataset=" + URLEncoder.encode(dataset, StandardCharsets.UTF_8));
        assertEveryTypedTextIsQuotedText(book, typed);
    }

    @Test
    void the_question_bank_export_keeps_every_typed_text_as_quoted_text() throws IOException {
        assertEveryTypedTextIsQuotedText(download("/api/questions/export"), questionTexts);
    }

    /**
     * Each text appears, as a text cell holding exactly it, with the quote prefix where it could start a formula; and
     * in the whole workbook no cell is a formula and no text cell that could start one lacks the prefix.
     */
    private static void assertEveryTypedTextIsQuotedText(XSSFWorkbook book, Set<String> texts) throws IOException {
        try (book) {
            Set<String> found = new LinkedHashSet<>();
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String where = sheet.getSheetName() + "!" + cell.getAddress();
                        assertThat(cell.getCellType()).as("%s is no formula", where).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() != CellType.STRING) {
                            assertThat(texts).as("%s, a %s cell, holds no typed text", where, cell.getCellType())
                                    .doesNotContain(cell.toString());
                            continue;
                        }
                        String text = cell.getStringCellValue();
                        if (FormulaGuard.couldStartAFormula(text)) {
                            CELLS_CHECKED.incrementAndGet();
                            assertThat(cell.getCellStyle().getQuotePrefixed()).as("%s (%s) is quote-prefixed", where, text).isTrue();
                        }
                        if (texts.contains(text)) {
                            found.add(text);
                        }
                    }
                }
            }
            assertThat(found).as("every typed text is in the workbook, exactly as stored").containsExactlyInAnyOrderElementsOf(texts);
        }
    }

    private XSSFWorkbook download(String path) throws IOException {
        HttpResponse<byte[]> response = recruiter.getBytes(path);
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return new XSSFWorkbook(new ByteArrayInputStream(response.body()));
    }

    private Set<String> withoutEvidence(Set<String> texts) {
        // The calibration workbook holds ratings, not what was written for them.
        Set<String> names = new LinkedHashSet<>(texts);
        names.removeIf(text -> text.startsWith("\t") || text.startsWith("\r"));
        return names;
    }

    private Scorecard submit(User interviewer, long interviewId, FrozenPlan.Stage stage, String evidence) {
        Actor actor = Actor.of(interviewer);
        Scorecard draft = scorecards.mine(actor, interviewId);
        List<Rating> ratings = stage.focus().stream().map(f -> new Rating(f.competencyId(), f.rubricVersionId(), 1 + evidence.length() % 4, evidence))
                .toList();
        ScorecardContent content = new ScorecardContent(List.of(new Note(stage.questionIds().get(0), evidence)), ratings, Recommendation.YES);
        Scorecard saved = scorecards.saveMine(actor, draft.interviewId(), draft.version(), content);
        return scorecards.submit(actor, saved.id());
    }

    private User person(String what, Role role) {
        return userService.create(new NewUser(Names.unique(what.replace(' ', '-')), "Test " + what, "panel-test-password", Set.of(role)));
    }

    /** Risky text number {@code i}, round the list. */
    private static String at(int i) {
        return RISKY.get(Math.floorMod(i, RISKY.size()));
    }

    /** What Panel stored of a typed text: exactly the text, or (for names and list items) the text trimmed. */
    private static String stored(String typed, String stored) {
        assertThat(stored).as("stored as typed, or trimmed").isIn(typed, typed.strip());
        return stored;
    }
}
