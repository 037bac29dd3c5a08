package dev.panel.competency;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.panel.audit.AuditLog;
import dev.panel.common.ConflictException;
import dev.panel.common.InvalidInputException;
import dev.panel.common.NotFoundException;
import dev.panel.common.Slugs;
import dev.panel.common.Texts;
import dev.panel.common.TransactionRetry;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The competency library: anyone signed in reads it; hiring managers change it. */
@Singleton
@TransactionRetry
public class CompetencyService {

    private final CompetencyRepository competencies;
    private final RubricVersionRepository rubrics;
    private final AuditLog audit;
    private final Clock clock;
    /**
     * Rubric versions never change (an edit writes a new one); every autosave checks its ratings' scales against them.
     * Immutable rows only, so each instance of a cluster keeps its own copy and nothing needs invalidating.
     */
    private final Cache<Long, RubricVersion> knownRubrics = Caffeine.newBuilder().maximumSize(10_000).build();

    CompetencyService(CompetencyRepository competencies, RubricVersionRepository rubrics, AuditLog audit, Clock clock) {
        this.competencies = competencies;
        this.rubrics = rubrics;
        this.audit = audit;
        this.clock = clock;
    }

    @ReadOnly
    public List<CompetencyView> list() {
        List<Competency> all = competencies.listOrderByName();
        Map<Long, RubricVersion> current = currentRubrics(all.stream().map(Competency::id).toList());
        return all.stream().map(c -> new CompetencyView(c, current.get(c.id()))).toList();
    }

    @ReadOnly
    public CompetencyView get(long id) {
        Competency competency = competencies.findById(id)
                .orElseThrow(() -> new NotFoundException("There is no competency with id " + id + "."));
        return new CompetencyView(competency, current(id));
    }

    @ReadOnly
    public List<RubricVersion> versions(long competencyId) {
        get(competencyId);
        return rubrics.findByCompetencyIdOrderByNumberDesc(competencyId);
    }

    @ReadOnly
    public RubricVersion rubricVersion(long id) {
        return rubrics.findById(id).orElseThrow(() -> new NotFoundException("There is no rubric version with id " + id + "."));
    }

    /** The current rubric of each of the given competencies. */
    @ReadOnly
    public Map<Long, RubricVersion> currentRubrics(Collection<Long> competencyIds) {
        if (competencyIds.isEmpty()) {
            return Map.of();
        }
        return rubrics.findCurrent(Set.copyOf(competencyIds)).stream()
                .collect(Collectors.toMap(RubricVersion::competencyId, Function.identity()));
    }

    /** Refuses a request that names a competency that does not exist, naming the first such id. */
    @ReadOnly
    public void requireExisting(Collection<Long> competencyIds) {
        Set<Long> known = currentRubrics(competencyIds).keySet();
        competencyIds.stream().filter(id -> !known.contains(id)).findFirst().ifPresent(id -> {
            throw new InvalidInputException("There is no competency with id " + id + ".");
        });
    }

    @ReadOnly
    public Map<Long, RubricVersion> rubricVersions(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return knownRubrics.getAll(ids, missing -> rubrics.findByIdIn(Set.copyOf(missing)).stream()
                .collect(Collectors.toMap(RubricVersion::id, Function.identity())));
    }

    @ReadOnly
    public java.util.Optional<Competency> findBySlug(String slug) {
        return competencies.findBySlug(slug);
    }

    @Transactional
    public CompetencyView create(Actor actor, NewCompetency request) {
        actor.require("change the competency library", Role.HIRING_MANAGER);
        String name = Texts.required(request.name(), "The competency's name", 200);
        String description = Texts.required(request.description(), "The competency's description", 2000);
        String slug = request.slug() == null || request.slug().isBlank() ? Slugs.of(name) : Slugs.of(Texts.required(request.slug(), "The competency's key", 64));
        List<RubricLevel> levels = Rubric.checked(request.levels());
        if (competencies.findByName(name).isPresent() || competencies.findBySlug(slug).isPresent()) {
            throw new ConflictException("There is already a competency called " + name + ".");
        }
        Competency saved = competencies.save(new Competency(null, slug, name, description, clock.instant(), null));
        RubricVersion rubric = rubrics.save(new RubricVersion(null, saved.id(), 1, levels, actor.username(), clock.instant()));
        audit.record(actor.username(), "competency.created", "competency:" + saved.id(), name);
        return new CompetencyView(saved, rubric);
    }

    /**
     * Saves a changed rubric as the next version. {@code basedOn} is the version the editor started
     * from: if someone saved another version meanwhile, the change is refused rather than silently
     * replacing theirs.
     */
    @Transactional
    public RubricVersion reviseRubric(Actor actor, long competencyId, int basedOn, List<RubricLevel> levels) {
        actor.require("change rubrics", Role.HIRING_MANAGER);
        CompetencyView view = get(competencyId);
        List<RubricLevel> checked = Rubric.checked(levels);
        int current = view.rubric().number();
        if (basedOn != current) {
            throw new ConflictException("Someone else saved version " + current + " of this rubric while you were editing version "
                    + basedOn + ". Reload to see their change; your text is still in the form.");
        }
        if (checked.equals(view.rubric().levels())) {
            return view.rubric();
        }
        RubricVersion saved;
        try {
            saved = rubrics.save(new RubricVersion(null, competencyId, current + 1, checked, actor.username(), clock.instant()));
        } catch (DataAccessException refused) {
            if (!isDuplicateKey(refused)) {
                throw refused;
            }
            // Two editors saved on the same version at the same instant; the unique (competency, number) key let one win.
            throw new ConflictException("Someone else saved version " + (current + 1) + " of this rubric at the same moment as you. "
                    + "Reload to see their change; your text is still in the form.");
        }
        audit.record(actor.username(), "rubric.revised", "competency:" + competencyId, "version " + saved.number());
        return saved;
    }

    /** SQL state class 23 is "integrity constraint violation" in the SQL standard, which MySQL, MariaDB and H2 all use. */
    private static boolean isDuplicateKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    private RubricVersion current(long competencyId) {
        return rubrics.findFirstByCompetencyIdOrderByNumberDesc(competencyId)
                .orElseThrow(() -> new IllegalStateException("Competency " + competencyId + " has no rubric"));
    }
}
