package dev.panel.library;

import dev.panel.audit.AuditLog;
import dev.panel.common.TransactionRetry;
import dev.panel.competency.CompetencyService;
import dev.panel.competency.NewCompetency;
import dev.panel.competency.RubricLevel;
import dev.panel.plan.PlanDraft;
import dev.panel.plan.PlanService;
import dev.panel.plan.PlanStage;
import dev.panel.plan.PlanView;
import dev.panel.question.QuestionDraft;
import dev.panel.question.QuestionKind;
import dev.panel.question.QuestionLevel;
import dev.panel.question.QuestionService;
import dev.panel.role.Requirement;
import dev.panel.role.RoleDraft;
import dev.panel.role.RoleService;
import dev.panel.role.RoleView;
import dev.panel.user.Actor;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Installs the starter library through the same services a hiring manager uses, so it obeys every rule
 * (each plan must pass the coverage gate to be published). Idempotent: whatever already exists, matched
 * by its key, is left as it is, including anything a hiring manager has since edited.
 */
@Singleton
@TransactionRetry
public class StarterLibrary {

    static final String RESOURCE = "library/starter-library.yaml";
    static final String AUDIT_SUBJECT = "starter-library";
    private static final Logger LOG = LoggerFactory.getLogger(StarterLibrary.class);

    private final CompetencyService competencies;
    private final RoleService roles;
    private final QuestionService questions;
    private final PlanService plans;
    private final AuditLog audit;

    StarterLibrary(CompetencyService competencies, RoleService roles, QuestionService questions, PlanService plans, AuditLog audit) {
        this.audit = audit;
        this.competencies = competencies;
        this.roles = roles;
        this.questions = questions;
        this.plans = plans;
    }

    /**
     * Installs the library on the first start only: later starts find the audit event of the installation
     * and skip reading the file (a fifth of a second on every start otherwise).
     */
    @Transactional
    public void installOnce(Actor installer, Long hiringManagerId) {
        if (audit.about(AUDIT_SUBJECT).isEmpty()) {
            install(installer, hiringManagerId);
            audit.record(installer.username(), "library.installed", AUDIT_SUBJECT, RESOURCE);
        }
    }

    /** Installs what is missing; {@code hiringManagerId} (may be null) manages the roles it creates. */
    @Transactional
    public void install(Actor installer, Long hiringManagerId) {
        LibraryFile file = LibraryReader.read(RESOURCE);
        Map<String, Long> competencyIds = new HashMap<>();
        int created = 0;
        for (LibraryFile.CompetencyEntry entry : file.competencies()) {
            var existing = competencies.findBySlug(entry.key());
            if (existing.isPresent()) {
                competencyIds.put(entry.key(), existing.get().id());
                continue;
            }
            List<RubricLevel> levels = entry.rubric().stream().map(l -> new RubricLevel(l.level(), l.label(), l.anchor())).toList();
            competencyIds.put(entry.key(), competencies.create(installer,
                    new NewCompetency(entry.key(), entry.name(), entry.description(), levels)).competency().id());
            created++;
        }
        for (LibraryFile.RoleEntry entry : file.roles()) {
            if (roles.findBySlug(entry.key()).isEmpty()) {
                installRole(installer, hiringManagerId, entry, competencyIds);
                created++;
            }
        }
        if (created > 0) {
            LOG.info("Installed the starter library: {} new competencies and roles", created);
        }
    }

    private void installRole(Actor installer, Long hiringManagerId, LibraryFile.RoleEntry entry, Map<String, Long> competencyIds) {
        List<Requirement> requirements = entry.competencies().stream()
                .map(r -> new Requirement(id(competencyIds, r.competency()), r.weight(), r.mustHave())).toList();
        RoleView role = roles.create(installer, new RoleDraft(entry.key(), entry.name(), entry.level(), entry.description(),
                hiringManagerId, requirements, null));
        Map<String, Long> questionIds = new HashMap<>();
        for (LibraryFile.QuestionEntry q : entry.questions()) {
            long id = questions.findBySlug(q.key()).map(existing -> existing.id()).orElseGet(() -> questions.create(installer,
                    new QuestionDraft(q.key(), q.text(), QuestionKind.valueOf(q.kind()), QuestionLevel.valueOf(q.level()),
                            q.competencies().stream().map(c -> id(competencyIds, c)).toList(), List.of(role.role().id()),
                            q.signal(), q.probes(), q.strongAnswer(), q.redFlags(), q.minutes(), "Panel starter library", null))
                    .question().id());
            questionIds.put(q.key(), id);
        }
        List<PlanStage> stages = entry.plan().stages().stream().map(s -> new PlanStage(s.name(), s.minutes(), s.interviewers(),
                s.focus().stream().map(c -> id(competencyIds, c)).toList(),
                s.questions().stream().map(q -> id(questionIds, q)).toList())).toList();
        PlanView draft = plans.create(installer, new PlanDraft(role.role().id(), entry.plan().name(), stages, null));
        plans.publish(installer, draft.plan().id(), draft.plan().version(), null);
    }

    private static long id(Map<String, Long> ids, String key) {
        Long id = ids.get(key);
        if (id == null) {
            throw new IllegalStateException("The starter library refers to '" + key + "', which it does not define");
        }
        return id;
    }
}
