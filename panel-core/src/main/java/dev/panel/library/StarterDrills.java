package dev.panel.library;

import dev.panel.audit.AuditLog;
import dev.panel.common.TransactionRetry;
import dev.panel.competency.CompetencyService;
import dev.panel.drill.DrillDraft;
import dev.panel.drill.DrillService;
import dev.panel.drill.DrillView;
import dev.panel.drill.SampleDraft;
import dev.panel.question.QuestionService;
import dev.panel.user.Actor;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs the starter drills from {@code library/starter-drills.yaml} through the drill service, open and with
 * their authors' consensus, once: later starts find the audit event and skip the file. A drill whose key exists
 * already is left as it is.
 */
@Singleton
@TransactionRetry
public class StarterDrills {

    static final String RESOURCE = "library/starter-drills.yaml";
    static final String AUDIT_SUBJECT = "starter-drills";
    private static final Logger LOG = LoggerFactory.getLogger(StarterDrills.class);

    private final DrillService drills;
    private final CompetencyService competencies;
    private final QuestionService questions;
    private final AuditLog audit;

    StarterDrills(DrillService drills, CompetencyService competencies, QuestionService questions, AuditLog audit) {
        this.drills = drills;
        this.competencies = competencies;
        this.questions = questions;
        this.audit = audit;
    }

    @Transactional
    public void installOnce(Actor installer) {
        if (audit.about(AUDIT_SUBJECT).isEmpty()) {
            int created = install(installer);
            audit.record(installer.username(), "drills.installed", AUDIT_SUBJECT, created + " drills from " + RESOURCE);
        }
    }

    /** Installs the drills that are missing; returns how many. */
    @Transactional
    public int install(Actor installer) {
        int created = 0;
        for (LibraryReader.DrillEntry entry : LibraryReader.readDrills(RESOURCE)) {
            if (drills.findBySlug(entry.key()).isPresent()) {
                continue;
            }
            long competency = competencies.findBySlug(entry.competency()).orElseThrow(() -> new IllegalStateException(
                    "Starter drill " + entry.key() + " names competency '" + entry.competency() + "', which the library lacks")).id();
            Long question = entry.question() == null ? null : questions.findBySlug(entry.question()).map(q -> q.id()).orElse(null);
            DrillView drill = drills.create(installer, entry.key(), new DrillDraft(competency, question, entry.title(), entry.prompt(),
                    entry.samples().stream().map(s -> new SampleDraft(s.answer(), s.consensus())).toList()));
            drills.open(installer, drill.drill().id());
            created++;
        }
        if (created > 0) {
            LOG.info("Installed {} starter drills", created);
        }
        return created;
    }
}
