package dev.panel.common.api;

import dev.panel.loop.FrozenPlan;
import dev.panel.loop.LoopView;
import dev.panel.role.Requirement;
import dev.panel.scorecard.Scorecard;
import dev.panel.testing.ApiJson;
import dev.panel.testing.ApiUsers;
import dev.panel.testing.DatabaseTest;
import dev.panel.testing.LibraryFixture;
import dev.panel.testing.LoopFixture;
import dev.panel.testing.Names;
import dev.panel.testing.PanelClient;
import dev.panel.testing.ScorecardCalls;
import dev.panel.testing.SignedIn;
import dev.panel.user.Role;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every body field of every endpoint that takes a JSON body, sent oversized, of the wrong type and (for a choice) with
 * an unknown value: each is a 400 whose message names the field by its path in the body ({@code questions[0].level}),
 * never a 500, never a Java type. Flags are left out: Micronaut Serde reads any text where a boolean belongs as false,
 * which is a gap this test would rightly fail on. To cover a new endpoint, add an {@link Endpoint} to {@link #endpoints()}: a good body
 * and its fields by path and kind; the cases are made from that.
 */
@MicronautTest(transactional = false)
class BodyFieldsApiIT implements DatabaseTest {

    /** Longer than any text limit Panel has (a scorecard note, 100,000 characters), well under the 2 MB body limit. */
    static final String OVERSIZED = "x".repeat(150_000);
    static final Object WRONG_TYPE_FOR_TEXT = Map.of("nested", List.of(1, 2));

    /** What a field holds, which decides the bad values it is sent. */
    enum Kind {
        TEXT, NUMBER, CHOICE, LIST, FLAG
    }

    /**
     * A field of a body by its path ({@code content.ratings[0].level}), what it holds, and how a message may name it:
     * by its path, or in the words of a domain refusal that names it for people ("the label of level 2").
     */
    record Field(String path, Kind kind, List<String> names) {
    }

    /** An endpoint with a body: who calls it, where, a good body (made fresh for each case), and its fields. */
    record Endpoint(String name, Function<BodyFieldsApiIT, PanelClient> caller, String method, Supplier<String> path,
                    Supplier<Map<String, Object>> body, List<Field> fields) {
    }

    /** One bad value in one field of one endpoint. */
    record Case(Endpoint endpoint, Field field, String bad, Object value) {
        @Override
        public String toString() {
            return endpoint.method() + " " + endpoint.name() + ": " + field.path() + " " + bad;
        }
    }

    static BodyFieldsApiIT fixtures;

    @Inject
    ApiUsers users;
    @Inject
    ApiJson json;
    @Inject
    LoopFixture loops;
    @Inject
    LibraryFixture library;

    PanelClient recruiter;
    PanelClient manager;
    SignedIn interviewer;
    SignedIn submitter;
    long competencyId;
    long roleId;
    long questionId;
    long candidateId;
    long planId;
    LoopView draftLoop;
    LoopView submittedLoop;
    Scorecard draft;
    Scorecard submitted;

    @BeforeAll
    void fixtures() {
        List<SignedIn> people = users.people(Role.RECRUITER, Role.HIRING_MANAGER, Role.INTERVIEWER, Role.INTERVIEWER);
        recruiter = people.get(0).client();
        manager = people.get(1).client();
        interviewer = people.get(2);
        submitter = people.get(3);
        competencyId = library.competency();
        roleId = library.role(new Requirement(competencyId, 3, true)).role().id();
        questionId = library.question("How do you size " + LibraryFixture.uniqueWord() + "?", dev.panel.question.QuestionKind.TECHNICAL,
                dev.panel.question.QuestionLevel.INTERMEDIATE, 10, List.of(competencyId), List.of(roleId));
        draftLoop = loops.openWithFirstStage(List.of(interviewer.user()));
        candidateId = draftLoop.loop().candidateId();
        planId = loops.technicalLeadPlan().id();
        draft = new ScorecardCalls(interviewer.client(), json).started(draftLoop.interviews().get(0).interview().id());
        submittedLoop = loops.openWithFirstStage(List.of(submitter.user()));
        submitted = loops.submitted(submitter.user(), submittedLoop.interviews().get(0).interview().id(), "Walked through the failover");
        fixtures = this;
    }

    static Stream<Case> cases() {
        return endpoints().stream().flatMap(endpoint -> endpoint.fields().stream().flatMap(field -> switch (field.kind()) {
            case TEXT -> Stream.of(new Case(endpoint, field, "oversized", OVERSIZED), new Case(endpoint, field, "of the wrong type", WRONG_TYPE_FOR_TEXT));
            case NUMBER -> Stream.of(new Case(endpoint, field, "of the wrong type", "seven"),
                    new Case(endpoint, field, "oversized", new java.math.BigInteger("9".repeat(40))));
            case CHOICE -> Stream.of(new Case(endpoint, field, "unknown", "NOT_A_CHOICE"), new Case(endpoint, field, "of the wrong type", 7));
            case LIST -> Stream.of(new Case(endpoint, field, "of the wrong type", "not a list"));
            case FLAG -> Stream.of(new Case(endpoint, field, "of the wrong type", "perhaps"));
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void a_bad_value_in_any_body_field_is_a_400_naming_the_field(Case bad) {
        Endpoint endpoint = bad.endpoint();
        Map<String, Object> body = endpoint.body().get();
        set(body, bad.field().path(), bad.value());
        PanelClient caller = endpoint.caller().apply(fixtures);

        HttpResponse<String> response = endpoint.method().equals("PUT") ? caller.putJson(endpoint.path().get(), json.write(body))
                : caller.postJson(endpoint.path().get(), json.write(body));

        assertThat(response.statusCode()).as("%s answered %s", bad, response.body()).isEqualTo(400);
        Map<?, ?> error = json.read(response, 400, Map.class);
        assertThat(error.get("error")).isEqualTo("invalid_input");
        String message = (String) error.get("message");
        assertThat(bad.field().names()).as("the message names the field: %s", message).anyMatch(message::contains);
        assertThat(message).doesNotContain("dev.panel", "io.micronaut", "com.fasterxml", "java.", "Exception", "\tat ", "`");
    }

    static List<Endpoint> endpoints() {
        List<Endpoint> all = new ArrayList<>();
        all.add(new Endpoint("/api/candidates", f -> f.recruiter, "POST", () -> "/api/candidates",
                () -> map("name", Names.unique("Ada"), "email", "ada@example.org"),
                List.of(text("name"), text("email"))));
        all.add(new Endpoint("/api/competencies", f -> f.manager, "POST", () -> "/api/competencies",
                BodyFieldsApiIT::competency,
                List.of(text("name"), text("description"), text("slug", "key"), list("levels"), number("levels[0].level"), text("levels[1].label", "label of level 2"),
                        text("levels[2].anchor", "anchor of level 3"))));
        all.add(new Endpoint("/api/competencies/{id}/rubric-versions", f -> f.manager, "POST",
                () -> "/api/competencies/" + fixtures.competencyId + "/rubric-versions",
                () -> map("basedOn", 1, "levels", competency().get("levels")),
                List.of(number("basedOn"), list("levels"), number("levels[0].level"), text("levels[0].label", "label of level 1"), text("levels[3].anchor", "anchor of level 4"))));
        all.add(new Endpoint("/api/roles", f -> f.manager, "POST", () -> "/api/roles", BodyFieldsApiIT::role,
                List.of(text("name"), text("level"), text("description"), text("slug", "key"), number("hiringManagerId"), list("requirements"),
                        number("requirements[0].competencyId"), number("requirements[0].weight"))));
        all.add(new Endpoint("/api/plans", f -> f.manager, "POST", () -> "/api/plans", BodyFieldsApiIT::plan,
                List.of(number("roleId"), text("name"), list("stages"), text("stages[0].name", "Stage 1's name"), number("stages[0].minutes"),
                        number("stages[0].interviewers"), list("stages[0].focusCompetencyIds"), number("stages[0].questionIds[0]"))));
        all.add(new Endpoint("/api/questions", f -> f.manager, "POST", () -> "/api/questions", BodyFieldsApiIT::question,
                List.of(text("text"), choice("kind"), choice("level"), list("competencyIds"), number("competencyIds[0]"), text("signal"),
                        text("probes[0]", "follow-up probe"), text("strongAnswer[0]", "sign of a strong answer"), text("redFlags[0]", "red flag"), number("minutes"), text("source"),
                        text("guidance[0]", "line of guidance"), text("sampleAnswer", "sample answer"), text("slug", "key"))));
        all.add(new Endpoint("/api/question-imports", f -> f.manager, "POST", () -> "/api/question-imports", BodyFieldsApiIT::questionImport,
                List.of(number("roleId"), text("source"), list("questions"), text("questions[0].text", "questions[1].text"),
                        choice("questions[0].kind"), choice("questions[0].level"), text("questions[0].signal", "questions[1]: The signal"), text("questions[0].guidance[0]", "questions[1]: A line of guidance"),
                        text("questions[0].answer", "questions[1]: The sample answer"), number("questions[0].competencyIds[0]"), number("questions[0].minutes"))));
        all.add(new Endpoint("/api/drills", f -> f.manager, "POST", () -> "/api/drills", BodyFieldsApiIT::drill,
                List.of(number("competencyId"), number("questionId"), text("title"), text("prompt"), list("samples"),
                        text("samples[0].answer", "sample answer 1"), number("samples[0].consensusLevel"))));
        all.add(new Endpoint("/api/loops", f -> f.recruiter, "POST", () -> "/api/loops", BodyFieldsApiIT::loop,
                List.of(number("candidateId"), number("planId"), list("interviews"), number("interviews[0].stage"),
                        text("interviews[0].scheduledAt"), list("interviews[0].interviewerIds"), number("interviews[0].interviewerIds[0]"))));
        all.add(new Endpoint("/api/interviews/{id}/panel", f -> f.recruiter, "PUT",
                () -> "/api/interviews/" + fixtures.draftLoop.interviews().get(0).interview().id() + "/panel",
                () -> map("scheduledAt", "2031-05-01T09:00:00Z", "interviewerIds", List.of(fixtures.interviewer.user().id())),
                List.of(text("scheduledAt"), list("interviewerIds"), number("interviewerIds[0]"))));
        all.add(new Endpoint("/api/scorecards/{id}", f -> f.interviewer.client(), "PUT", () -> "/api/scorecards/" + fixtures.draft.id(),
                () -> map("version", fixtures.draft.version(), "content", content(fixtures.draftLoop)),
                List.of(number("version"), text("content.notes[0].text", "Notes on one question"), number("content.notes[0].questionId"),
                        number("content.ratings[0].competencyId"), number("content.ratings[0].rubricVersionId"),
                        number("content.ratings[0].level"), text("content.ratings[0].evidence", "evidence for"), choice("content.recommendation"),
                        list("content.ratings"))));
        all.add(new Endpoint("/api/scorecards/{id}/amendments", f -> f.submitter.client(), "POST",
                () -> "/api/scorecards/" + fixtures.submitted.id() + "/amendments",
                () -> map("reason", "Typo in the evidence", "content", content(fixtures.submittedLoop)),
                List.of(text("reason"), text("content.notes[0].text", "Notes on one question"), text("content.ratings[0].evidence", "evidence for"), number("content.ratings[0].level"),
                        choice("content.recommendation"))));
        all.add(new Endpoint("/api/loops/{id}/decision", f -> f.manager, "POST",
                () -> "/api/loops/" + fixtures.submittedLoop.loop().id() + "/decision",
                () -> map("outcome", "HIRE", "reason", "Strong on every competency"),
                List.of(choice("outcome"), text("reason"))));
        all.add(new Endpoint("/api/tokens", f -> f.users.anonymous(), "POST", () -> "/api/tokens",
                () -> map("username", "nobody", "password", "wrong-password"),
                List.of(text("username"), text("password"))));
        return all;
    }

    private static Field text(String path, String... words) {
        List<String> names = new ArrayList<>(List.of(words));
        names.add(path);
        return new Field(path, Kind.TEXT, names);
    }

    private static Field number(String path, String... words) {
        List<String> names = new ArrayList<>(List.of(words));
        names.add(path);
        if (path.endsWith("]")) {
            // Serde names a list of numbers, not the item in it, when an item is not a number.
            names.add("'" + path.substring(0, path.lastIndexOf('[')) + "'");
        }
        return new Field(path, Kind.NUMBER, names);
    }

    private static Field choice(String path, String... words) {
        List<String> names = new ArrayList<>(List.of(words));
        names.add(path);
        return new Field(path, Kind.CHOICE, names);
    }

    private static Field list(String path, String... words) {
        List<String> names = new ArrayList<>(List.of(words));
        names.add(path);
        return new Field(path, Kind.LIST, names);
    }

    private static Field flag(String path, String... words) {
        List<String> names = new ArrayList<>(List.of(words));
        names.add(path);
        return new Field(path, Kind.FLAG, names);
    }

    private static Map<String, Object> competency() {
        List<Object> levels = new ArrayList<>();
        String[] labels = {"Strong no", "No", "Yes", "Strong yes"};
        for (int i = 0; i < labels.length; i++) {
            levels.add(map("level", i + 1, "label", labels[i], "anchor", "Anchor for " + labels[i].toLowerCase() + "."));
        }
        return map("slug", Names.unique("c"), "name", Names.unique("Competency"), "description", "What it judges.", "levels", levels);
    }

    private static Map<String, Object> role() {
        return map("slug", Names.unique("r"), "name", Names.unique("Role"), "level", "Senior", "description", "What the role does.",
                "hiringManagerId", null, "requirements", List.of(map("competencyId", fixtures.competencyId, "weight", 2, "mustHave", true)),
                "version", null);
    }

    private static Map<String, Object> plan() {
        return map("roleId", fixtures.roleId, "name", Names.unique("Plan"), "stages", List.of(map("name", "Deep dive", "minutes", 60,
                "interviewers", 2, "focusCompetencyIds", List.of(fixtures.competencyId), "questionIds", List.of(fixtures.questionId))), "version", null);
    }

    private static Map<String, Object> question() {
        return map("slug", null, "text", "How do you plan " + LibraryFixture.uniqueWord() + " capacity?", "kind", "TECHNICAL",
                "level", "INTERMEDIATE", "competencyIds", List.of(fixtures.competencyId), "roleIds", List.of(), "signal", "Judgement.",
                "probes", List.of("And then?"), "strongAnswer", List.of("Numbers"), "redFlags", List.of("Guesses"), "minutes", 10,
                "source", "Test", "guidance", List.of("Tip: be concrete"), "sampleAnswer", "We measured first.", "version", null);
    }

    private static Map<String, Object> questionImport() {
        return map("roleId", fixtures.roleId, "includeDuplicates", false, "source", "Test page", "questions", List.of(map(
                "text", "How do you grow " + LibraryFixture.uniqueWord() + " leads?", "kind", "BEHAVIOURAL", "level", "STRATEGIC",
                "signal", "Coaching.", "guidance", List.of("Situation: a real one"), "answer", "I paired them.",
                "competencyIds", List.of(fixtures.competencyId), "minutes", 10)));
    }

    private static Map<String, Object> drill() {
        return map("competencyId", fixtures.competencyId, "questionId", fixtures.questionId, "title", Names.unique("Drill"),
                "prompt", "Rate this answer.", "samples", List.of(map("answer", "We rolled back in five minutes.", "consensusLevel", 3)));
    }

    private static Map<String, Object> loop() {
        return map("candidateId", fixtures.candidateId, "planId", fixtures.planId, "interviews", List.of(map("stage", 0,
                "scheduledAt", "2031-05-01T09:00:00Z", "interviewerIds", List.of(fixtures.interviewer.user().id()))));
    }

    private static Map<String, Object> content(LoopView loop) {
        FrozenPlan.Stage stage = loop.interviews().get(0).stage();
        List<Object> ratings = stage.focus().stream().map(f -> (Object) map("competencyId", f.competencyId(),
                "rubricVersionId", f.rubricVersionId(), "level", 3, "evidence", "Explained the trade-off")).toList();
        return map("notes", List.of(map("questionId", stage.questionIds().get(0), "text", "Good notes")), "ratings", ratings,
                "recommendation", "YES");
    }

    /** A mutable map of keys and values in order; values may be null. */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** Sets the value at a path such as {@code content.ratings[0].level}, copying lists on the way so the good body stays good. */
    @SuppressWarnings("unchecked")
    static void set(Map<String, Object> body, String path, Object value) {
        Object at = body;
        String[] steps = path.split("\\.");
        for (int s = 0; s < steps.length; s++) {
            String step = steps[s];
            String key = step.contains("[") ? step.substring(0, step.indexOf('[')) : step;
            Map<String, Object> map = (Map<String, Object>) at;
            boolean last = s == steps.length - 1;
            if (!step.contains("[")) {
                if (last) {
                    map.put(key, value);
                    return;
                }
                Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map.get(key));
                map.put(key, copy);
                at = copy;
                continue;
            }
            int index = Integer.parseInt(step.substring(step.indexOf('[') + 1, step.indexOf(']')));
            List<Object> list = new ArrayList<>((List<Object>) map.get(key));
            map.put(key, list);
            if (last) {
                list.set(index, value);
                return;
            }
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) list.get(index));
            list.set(index, copy);
            at = copy;
        }
    }
}
