package dev.panel.role;

import dev.panel.audit.AuditLog;
import dev.panel.common.ConflictException;
import dev.panel.common.ForbiddenException;
import dev.panel.common.InvalidInputException;
import dev.panel.common.NotFoundException;
import dev.panel.common.Slugs;
import dev.panel.common.Texts;
import dev.panel.common.TransactionRetry;
import dev.panel.competency.CompetencyService;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import dev.panel.user.UserService;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Roles and their requirements: anyone signed in reads them; hiring managers change them. */
@Singleton
@TransactionRetry
public class RoleService {

    private final RoleRepository roles;
    private final RoleCompetencyRepository requirements;
    private final CompetencyService competencies;
    private final UserService users;
    private final AuditLog audit;
    private final Clock clock;

    RoleService(RoleRepository roles, RoleCompetencyRepository requirements, CompetencyService competencies, UserService users,
                AuditLog audit, Clock clock) {
        this.roles = roles;
        this.requirements = requirements;
        this.competencies = competencies;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @ReadOnly
    public List<RoleView> list() {
        List<JobRole> all = roles.listOrderByName();
        Map<Long, List<Requirement>> byRole = requirements.findByRoleIdInOrderById(all.stream().map(JobRole::id).toList()).stream()
                .collect(Collectors.groupingBy(RoleCompetency::roleId,
                        Collectors.mapping(rc -> new Requirement(rc.competencyId(), rc.weight(), rc.mustHave()), Collectors.toList())));
        return all.stream().map(r -> new RoleView(r, byRole.getOrDefault(r.id(), List.of()))).toList();
    }

    @ReadOnly
    public RoleView get(long id) {
        JobRole role = roles.findById(id).orElseThrow(() -> new NotFoundException("There is no role with id " + id + "."));
        return new RoleView(role, requirementsOf(id));
    }

    @ReadOnly
    public Optional<RoleView> findBySlug(String slug) {
        return roles.findBySlug(slug).map(role -> new RoleView(role, requirementsOf(role.id())));
    }

    /** Whether the actor manages the role (see {@link JobRole#isManagedBy}). */
    @ReadOnly
    public boolean manages(Actor actor, long roleId) {
        return get(roleId).role().isManagedBy(actor);
    }

    /**
     * Refuses (403) an actor who does not manage the role, for changes to it and to what is built on it: any hiring
     * manager may read every role and plan, but only the role's own changes them.
     */
    @ReadOnly
    public void requireManages(Actor actor, long roleId, String what) {
        JobRole role = get(roleId).role();
        if (!role.isManagedBy(actor)) {
            throw new ForbiddenException("Only the hiring manager of " + role.name() + " may " + what + ".");
        }
    }

    /** Refuses a request that names a role that does not exist, naming the first such id. */
    @ReadOnly
    public void requireExisting(Collection<Long> roleIds) {
        roleIds.stream().filter(id -> !roles.existsById(id)).findFirst().ifPresent(id -> {
            throw new InvalidInputException("There is no role with id " + id + ".");
        });
    }

    /**
     * Holds these roles' rows locked until the caller's transaction ends, so that changes that must see each other
     * (two imports of the same questions into a role) run one after the other.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void lockForChange(Collection<Long> roleIds) {
        if (!roleIds.isEmpty()) {
            roles.lockByIds(List.copyOf(new TreeSet<>(roleIds)));
        }
    }

    @Transactional
    public RoleView create(Actor actor, RoleDraft draft) {
        actor.require("define roles", Role.HIRING_MANAGER);
        String name = Texts.required(draft.name(), "The role's name", 200);
        String slug = draft.slug() == null || draft.slug().isBlank() ? Slugs.of(name) : Slugs.of(Texts.required(draft.slug(), "The role's key", 64));
        if (roles.findByName(name).isPresent() || roles.findBySlug(slug).isPresent()) {
            throw new ConflictException("There is already a role called " + name + ".");
        }
        List<Requirement> checked = checked(draft.requirements());
        Long manager = draft.hiringManagerId() != null ? existingUser(draft.hiringManagerId())
                : actor.roles().contains(Role.HIRING_MANAGER) ? Long.valueOf(actor.id()) : null;
        JobRole saved = roles.save(new JobRole(null, slug, name, Texts.required(draft.level(), "The role's level", 100),
                Texts.required(draft.description(), "The role's description", 4000), manager, clock.instant(), null));
        checked.forEach(r -> requirements.save(new RoleCompetency(null, saved.id(), r.competencyId(), r.weight(), r.mustHave())));
        audit.record(actor.username(), "role.created", "role:" + saved.id(), name);
        return new RoleView(saved, checked);
    }

    @Transactional
    public RoleView update(Actor actor, long id, RoleDraft draft) {
        actor.require("change roles", Role.HIRING_MANAGER);
        requireManages(actor, id, "change it");
        JobRole current = get(id).role();
        if (draft.version() == null || !draft.version().equals(current.version())) {
            throw new ConflictException("Someone else changed this role while you were editing it. Reload to see their change.");
        }
        List<Requirement> checked = checked(draft.requirements());
        JobRole changed = current.withDetails(Texts.required(draft.name(), "The role's name", 200),
                Texts.required(draft.level(), "The role's level", 100),
                Texts.required(draft.description(), "The role's description", 4000),
                draft.hiringManagerId() != null ? existingUser(draft.hiringManagerId()) : current.hiringManagerId());
        JobRole saved;
        try {
            saved = roles.update(changed);
        } catch (OptimisticLockException e) {
            throw new ConflictException("Someone else changed this role while you were editing it. Reload to see their change.");
        }
        requirements.deleteByRoleId(id);
        checked.forEach(r -> requirements.save(new RoleCompetency(null, id, r.competencyId(), r.weight(), r.mustHave())));
        audit.record(actor.username(), "role.changed", "role:" + id, saved.name());
        return new RoleView(saved, checked);
    }

    private List<Requirement> requirementsOf(long roleId) {
        return requirements.findByRoleIdOrderById(roleId).stream()
                .map(rc -> new Requirement(rc.competencyId(), rc.weight(), rc.mustHave())).toList();
    }

    private Long existingUser(long userId) {
        users.find(userId).orElseThrow(() ->
                new InvalidInputException("There is no user with id " + userId + " to be the role's hiring manager."));
        return userId;
    }

    private List<Requirement> checked(List<Requirement> requested) {
        if (requested == null || requested.isEmpty()) {
            throw new InvalidInputException("A role needs at least one competency.");
        }
        Set<Long> seen = new LinkedHashSet<>();
        for (Requirement r : requested) {
            if (!seen.add(r.competencyId())) {
                throw new InvalidInputException("Competency " + r.competencyId() + " is listed twice for this role.");
            }
        }
        if (requested.stream().noneMatch(Requirement::mustHave)) {
            throw new InvalidInputException("Mark at least one of the role's competencies as must-have.");
        }
        competencies.requireExisting(seen);
        return List.copyOf(requested);
    }
}
