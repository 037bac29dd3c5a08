package dev.panel.testing;

import dev.panel.competency.CompetencyService;
import dev.panel.competency.CompetencyView;
import dev.panel.competency.NewCompetency;
import dev.panel.competency.RubricLevel;
import dev.panel.question.QuestionDraft;
import dev.panel.question.QuestionKind;
import dev.panel.question.QuestionLevel;
import dev.panel.question.QuestionService;
import dev.panel.question.QuestionView;
import dev.panel.role.Requirement;
import dev.panel.role.RoleDraft;
import dev.panel.role.RoleService;
import dev.panel.role.RoleView;
import dev.panel.user.Actor;
import dev.panel.user.NewUser;
import dev.panel.user.Role;
import dev.panel.user.UserService;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;

/** Library items made through the services, with unique names, for tests about what is built on them. */
@Singleton
public class LibraryFixture {

    private final CompetencyService competencies;
    private final RoleService roles;
    private final QuestionService questions;
    private final Actor author;

    LibraryFixture(CompetencyService competencies, RoleService roles, QuestionService questions, UserService users) {
        this.competencies = competencies;
        this.roles = roles;
        this.questions = questions;
        // An admin, not a hiring manager: the roles made here then name no hiring manager, so that every hiring
        // manager of a test may build plans and loops on them (a role is otherwise its creator's to change).
        this.author = Actor.of(users.create(new NewUser(Names.unique("library-author"), "Library author", "panel-test-password",
                Set.of(Role.ADMIN))));
    }

    /** A new competency with the default four-point rubric. */
    public static NewCompetency newCompetency(String name) {
        return new NewCompetency(null, name, "How " + name + " shows in what a candidate has done.", List.of(
                new RubricLevel(1, "Strong no", "Has never owned the outcome."),
                new RubricLevel(2, "No", "Took part, without owning it."),
                new RubricLevel(3, "Yes", "Owned it once, with a measurable result."),
                new RubricLevel(4, "Strong yes", "Owned it repeatedly and taught others.")));
    }

    public static QuestionDraft newQuestion(String text, QuestionKind kind, QuestionLevel level, int minutes,
                                            List<Long> competencyIds, List<Long> roleIds) {
        return new QuestionDraft(null, text, kind, level, competencyIds, roleIds, "Whether the candidate owned the result.",
                List.of("What did you do yourself?", "What would you do differently?"), List.of("Numbers before and after."),
                List.of("Only 'we', never 'I'."), minutes, "Written for the API tests", null);
    }

    public long competency() {
        return competencies.create(author, newCompetency(Names.unique("Competency"))).competency().id();
    }

    /** A new competency with this name (which must be unique) and the default rubric. */
    public long competencyNamed(String name) {
        return competencies.create(author, newCompetency(name)).competency().id();
    }

    /** A word of letters only, new to the shared test database, for tests that match text by its words. */
    public static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 14; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    public RoleView role(Requirement... requirements) {
        String name = Names.unique("Role");
        return roles.create(author, new RoleDraft(null, name, "Senior", "What " + name + " is hired to do.", null,
                List.of(requirements), null));
    }

    public long question(String text, QuestionKind kind, QuestionLevel level, int minutes, List<Long> competencyIds, List<Long> roleIds) {
        return questions.create(author, newQuestion(text, kind, level, minutes, competencyIds, roleIds)).question().id();
    }
}
