package dev.panel.question;

import dev.panel.audit.AuditLog;
import dev.panel.common.ConflictException;
import dev.panel.common.InvalidInputException;
import dev.panel.common.NotFoundException;
import dev.panel.common.Texts;
import dev.panel.common.TransactionRetry;
import dev.panel.competency.CompetencyService;
import dev.panel.role.RoleService;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The question bank: anyone signed in reads it; hiring managers change it. */
@Singleton
@TransactionRetry
public class QuestionService {

    public static final int MAX_MINUTES = 120;
    public static final int MAX_PAGE = 500;
    public static final int MAX_SAMPLE_ANSWER = 10_000;

    private final QuestionRepository questions;
    private final QuestionLinkRepositories.Competencies competencyLinks;
    private final QuestionLinkRepositories.Roles roleLinks;
    private final QuestionSearch search;
    private final CompetencyService competencies;
    private final RoleService roles;
    private final AuditLog audit;
    private final Clock clock;

    QuestionService(QuestionRepository questions, QuestionLinkRepositories.Competencies competencyLinks,
                    QuestionLinkRepositories.Roles roleLinks, QuestionSearch search, CompetencyService competencies,
                    RoleService roles, AuditLog audit, Clock clock) {
        this.questions = questions;
        this.competencyLinks = competencyLinks;
        this.roleLinks = roleLinks;
        this.search = search;
        this.competencies = competencies;
        this.roles = roles;
        this.audit = audit;
        this.clock = clock;
    }

    @ReadOnly
    public List<QuestionView> page(QuestionFilter filter, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInputException("Ask for 1 to " + MAX_PAGE + " questions at a time, from offset 0 on.");
        }
        return withLinks(search.page(filter, offset, limit));
    }

    @ReadOnly
    public long count(QuestionFilter filter) {
        return search.count(filter);
    }

    @ReadOnly
    public QuestionView get(long id) {
        Question question = questions.findById(id).orElseThrow(() -> new NotFoundException("There is no question with id " + id + "."));
        return withLinks(List.of(question)).get(0);
    }

    /** The given questions (those that exist), with their links, by id. */
    @ReadOnly
    public Map<Long, QuestionView> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return withLinks(questions.findByIdIn(Set.copyOf(ids))).stream()
                .collect(Collectors.toMap(v -> v.question().id(), v -> v));
    }

    @ReadOnly
    public java.util.Optional<Question> findBySlug(String slug) {
        return questions.findBySlug(slug);
    }

    @Transactional
    public QuestionView create(Actor actor, QuestionDraft draft) {
        actor.require("add questions to the bank", Role.HIRING_MANAGER);
        Question checked = checked(draft, null, null);
        if (checked.slug() != null && questions.findBySlug(checked.slug()).isPresent()) {
            throw new ConflictException("There is already a question with the key " + checked.slug() + ".");
        }
        Question saved = questions.save(checked);
        Links links = links(draft);
        saveLinks(saved.id(), links);
        audit.record(actor.username(), "question.created", "question:" + saved.id(), null);
        return new QuestionView(saved, List.copyOf(links.competencyIds()), List.copyOf(links.roleIds()));
    }

    @Transactional
    public QuestionView update(Actor actor, long id, QuestionDraft draft) {
        actor.require("change questions", Role.HIRING_MANAGER);
        Question current = get(id).question();
        if (draft.version() == null || !draft.version().equals(current.version())) {
            throw stale();
        }
        Question saved;
        try {
            saved = questions.update(checked(draft, current, current.slug()));
        } catch (OptimisticLockException e) {
            throw stale();
        }
        Links links = links(draft);
        competencyLinks.deleteByQuestionId(id);
        roleLinks.deleteByQuestionId(id);
        saveLinks(id, links);
        audit.record(actor.username(), "question.changed", "question:" + id, null);
        return new QuestionView(saved, List.copyOf(links.competencyIds()), List.copyOf(links.roleIds()));
    }

    private static ConflictException stale() {
        return new ConflictException("Someone else changed this question while you were editing it. Reload to see their change.");
    }

    private Question checked(QuestionDraft draft, Question current, String slug) {
        if (draft.kind() == null) {
            throw new InvalidInputException("Choose the question's kind: technical, behavioural, situational or motivation.");
        }
        if (draft.level() == null) {
            throw new InvalidInputException("Choose the question's level: foundational, intermediate, deep technical or strategic.");
        }
        if (draft.minutes() < 1 || draft.minutes() > MAX_MINUTES) {
            throw new InvalidInputException("A question's time box is 1 to " + MAX_MINUTES + " minutes; " + draft.minutes() + " is not.");
        }
        String key = current == null ? Texts.optional(draft.slug(), "The question's key", 64) : slug;
        return new Question(current == null ? null : current.id(), key,
                Texts.required(draft.text(), "The question's text", 2000), draft.kind(), draft.level(),
                Texts.required(draft.signal(), "The signal the question should surface", 2000),
                Texts.list(draft.probes(), "A follow-up probe", 1000),
                Texts.list(draft.strongAnswer(), "A sign of a strong answer", 1000),
                Texts.list(draft.redFlags(), "A red flag", 1000),
                draft.minutes(), Texts.optional(draft.source(), "The source", 500),
                draft.guidance() == null && current != null ? current.guidance() : Texts.list(draft.guidance(), "A line of guidance", 1000),
                draft.sampleAnswer() == null && current != null ? current.sampleAnswer()
                        : Texts.optional(draft.sampleAnswer(), "The sample answer", MAX_SAMPLE_ANSWER),
                current == null ? clock.instant() : current.createdAt(), current == null ? null : current.version());
    }

    private record Links(Set<Long> competencyIds, Set<Long> roleIds) {
    }

    private Links links(QuestionDraft draft) {
        if (draft.competencyIds() == null || draft.competencyIds().isEmpty()) {
            throw new InvalidInputException("Name at least one competency the question gives evidence for.");
        }
        Set<Long> competencyIds = new LinkedHashSet<>(draft.competencyIds());
        competencies.requireExisting(competencyIds);
        Set<Long> roleIds = draft.roleIds() == null ? Set.of() : new LinkedHashSet<>(draft.roleIds());
        roles.requireExisting(roleIds);
        return new Links(competencyIds, roleIds);
    }

    private void saveLinks(long questionId, Links links) {
        links.competencyIds().forEach(c -> competencyLinks.save(new QuestionLink.ToCompetency(null, questionId, c)));
        links.roleIds().forEach(r -> roleLinks.save(new QuestionLink.ToRole(null, questionId, r)));
    }

    private List<QuestionView> withLinks(List<Question> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(Question::id).toList();
        Map<Long, List<Long>> competencyIds = competencyLinks.findByQuestionIdIn(ids).stream().collect(Collectors.groupingBy(
                QuestionLink.ToCompetency::questionId, Collectors.mapping(QuestionLink.ToCompetency::competencyId, Collectors.toList())));
        Map<Long, List<Long>> roleIds = roleLinks.findByQuestionIdIn(ids).stream().collect(Collectors.groupingBy(
                QuestionLink.ToRole::questionId, Collectors.mapping(QuestionLink.ToRole::roleId, Collectors.toList())));
        return found.stream().map(q -> new QuestionView(q, competencyIds.getOrDefault(q.id(), List.of()),
                roleIds.getOrDefault(q.id(), List.of()))).toList();
    }
}
