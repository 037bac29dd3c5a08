package dev.panel.candidate;

import dev.panel.audit.AuditLog;
import dev.panel.common.InvalidInputException;
import dev.panel.common.NotFoundException;
import dev.panel.common.Texts;
import dev.panel.common.TransactionRetry;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Candidates are managed by recruiters and hiring managers; interviewers see a candidate through their interviews only. */
@Singleton
@TransactionRetry
public class CandidateService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final CandidateRepository candidates;
    private final AuditLog audit;
    private final Clock clock;

    CandidateService(CandidateRepository candidates, AuditLog audit, Clock clock) {
        this.candidates = candidates;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Candidate create(Actor actor, String name, String email) {
        actor.require("add candidates", Role.RECRUITER, Role.HIRING_MANAGER);
        String checkedEmail = Texts.optional(email, "The email address", 320);
        if (checkedEmail != null && !EMAIL.matcher(checkedEmail).matches()) {
            throw new InvalidInputException("'" + checkedEmail + "' is not an email address.");
        }
        Candidate saved = candidates.save(new Candidate(null, Texts.required(name, "The candidate's name", 200), checkedEmail, clock.instant(), null, null));
        audit.record(actor.username(), "candidate.created", "candidate:" + saved.id(), null);
        return saved;
    }

    @ReadOnly
    public List<Candidate> list(Actor actor) {
        actor.require("list candidates", Role.RECRUITER, Role.HIRING_MANAGER);
        return candidates.listOrderByIdDesc();
    }

    /** A candidate by id, for code that has already checked the caller's right to the loop. */
    @ReadOnly
    public Candidate get(long id) {
        return candidates.findById(id).orElseThrow(() -> new NotFoundException("There is no candidate with id " + id + "."));
    }

    /** Replaces name and email; for privacy.CandidatePrivacy, which has checked the caller. */
    @Transactional
    public Candidate anonymise(long id) {
        return candidates.update(get(id).anonymised(clock.instant()));
    }

    /** Deletes the candidate row; their loops must be gone already. For privacy.CandidatePrivacy. */
    @Transactional
    public void delete(long id) {
        candidates.deleteById(id);
    }

    /** The candidates with this email address (several when it was entered twice), for code that checks the caller's right to them. */
    @ReadOnly
    public List<Candidate> byEmail(String email) {
        return candidates.findByEmail(email.strip());
    }

    @ReadOnly
    public Map<Long, Candidate> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return candidates.findByIdIn(Set.copyOf(ids)).stream().collect(Collectors.toMap(Candidate::id, Function.identity()));
    }
}
