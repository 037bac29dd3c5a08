package dev.panel.outcome;

import dev.panel.audit.AuditLog;
import dev.panel.candidate.Candidate;
import dev.panel.candidate.CandidateService;
import dev.panel.common.CsvRows;
import dev.panel.common.InvalidInputException;
import dev.panel.common.PanelException;
import dev.panel.common.TransactionRetry;
import dev.panel.loop.HiringLoop;
import dev.panel.user.Actor;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Imports hires' outcomes from a CSV file (or a spreadsheet turned into one) through the reader the ratings import
 * uses, under the rules of an outcome entered by hand. The whole file is one transaction: one bad row, and nothing
 * is kept, with every bad row named. A row for an outcome already recorded changes it.
 */
@Singleton
@TransactionRetry
public class OutcomeImportService {

    /** What an import did. */
    @io.micronaut.serde.annotation.Serdeable
    public record Imported(long outcomes, long candidates) {
    }

    private final CandidateService candidates;
    private final HireAccess access;
    private final Repositories.Checkpoints checkpoints;
    private final OutcomeStore store;
    private final AuditLog audit;
    private final Clock clock;

    OutcomeImportService(CandidateService candidates, HireAccess access, Repositories.Checkpoints checkpoints, OutcomeStore store,
                         AuditLog audit, Clock clock) {
        this.candidates = candidates;
        this.access = access;
        this.checkpoints = checkpoints;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Imported importCsv(Actor actor, Reader csv) {
        HireAccess.requireReader(actor);
        Rows rows = new Rows(actor);
        CsvRows.Result result = CsvRows.read(csv, OutcomeCsv.Column.class, rows::checked,
                row -> store.store(actor.username(), row.candidateId(), row.hire().id(), row.checkpoint(), row.competencyId(), row.values()));
        if (result.badRows() > 0) {
            throw result.refusal();
        }
        if (result.good() == 0) {
            throw new InvalidInputException("The file has a header row but no outcomes under it; nothing was imported.");
        }
        audit.record(actor.username(), "outcomes.imported", "outcomes", result.good() + " outcomes of " + rows.candidates() + " candidates");
        return new Imported(result.good(), rows.candidates());
    }

    /** A row matched to its hire, checkpoint and competency. */
    private record Checked(long candidateId, HiringLoop hire, Checkpoint checkpoint, long competencyId, OutcomeValues values) {
    }

    /** Matches rows, remembering candidates, hires and checkpoints already looked up and the outcomes each row gave. */
    private final class Rows {
        private final Actor actor;
        private final LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1);
        private final Map<String, Checkpoint> checkpointsByName;
        private final Map<String, Object> hires = new HashMap<>();
        private final Map<String, Long> seen = new HashMap<>();
        private final Set<Long> candidateIds = new HashSet<>();

        Rows(Actor actor) {
            this.actor = actor;
            this.checkpointsByName = new LinkedHashMap<>();
            checkpoints.listOrderByPosition().forEach(c -> checkpointsByName.put(c.name().toLowerCase(Locale.ROOT), c));
        }

        long candidates() {
            return candidateIds.size();
        }

        @Nullable
        Checked checked(CsvRows.Row<OutcomeCsv.Column> row, List<String> wrong) {
            OutcomeCsv.Written written = OutcomeCsv.written(row, wrong);
            HiringLoop hire = written.candidate() == null ? null : hire(written.candidate(), wrong);
            Checkpoint checkpoint = written.checkpoint() == null ? null : checkpointsByName.get(written.checkpoint().toLowerCase(Locale.ROOT));
            if (written.checkpoint() != null && checkpoint == null) {
                wrong.add("checkpoint '" + written.checkpoint() + "' is not one of " + checkpointsByName.values().stream()
                        .filter(c -> !c.isRetired()).map(Checkpoint::name).collect(Collectors.joining(", ")));
            }
            if (hire == null || checkpoint == null) {
                return null;
            }
            Map<Long, String> planned = OutcomeRules.competencies(hire.planSnapshot());
            long competencyId = CandidateOutcome.OVERALL;
            if (written.competency() != null) {
                competencyId = planned.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(written.competency()))
                        .map(Map.Entry::getKey).findFirst().orElse(-1L);
                if (competencyId < 0) {
                    wrong.add("competency '" + written.competency() + "' is not in the plan the candidate was interviewed on (its competencies are "
                            + String.join(", ", planned.values()) + ")");
                    return null;
                }
            }
            OutcomeRules.check(checkpoint, hire.planSnapshot(), competencyId, written.values(), today, wrong);
            if (wrong.isEmpty()) {
                // Only a good row claims its outcome: a later row for it would silently replace it.
                Long earlier = seen.putIfAbsent(hire.id() + ":" + checkpoint.id() + ":" + competencyId, written.row());
                if (earlier != null) {
                    wrong.add("row " + earlier + " gives the same outcome (candidate, checkpoint and competency)");
                } else {
                    candidateIds.add(hire.candidateId());
                }
            }
            return new Checked(hire.candidateId(), hire, checkpoint, competencyId, written.values());
        }

        /** The hire the candidate column names (an id or an email address), or null with the reason added to {@code wrong}. */
        @Nullable
        private HiringLoop hire(String candidate, List<String> wrong) {
            Object found = hires.computeIfAbsent(candidate.toLowerCase(Locale.ROOT), key -> lookUp(candidate));
            if (found instanceof HiringLoop hire) {
                return hire;
            }
            wrong.add((String) found);
            return null;
        }

        /** The hire, or what is wrong, in words. */
        private Object lookUp(String candidate) {
            Long id;
            if (candidate.matches("\\d{1,18}")) {
                id = Long.parseLong(candidate);
            } else if (candidate.contains("@")) {
                List<Candidate> withEmail = candidates.byEmail(candidate);
                if (withEmail.size() != 1) {
                    return withEmail.isEmpty() ? "there is no candidate with the email address " + candidate
                            : withEmail.size() + " candidates have the email address " + candidate + "; give the candidate's id instead";
                }
                id = withEmail.get(0).id();
            } else {
                return "candidate '" + candidate + "' is neither a candidate's id nor an email address";
            }
            try {
                return access.hire(actor, id, null);
            } catch (PanelException refused) {
                String why = refused.getMessage();
                return why.endsWith(".") ? why.substring(0, why.length() - 1) : why;
            }
        }
    }
}
