package dev.panel.drill;

import dev.panel.common.TransactionRetry;
import dev.panel.competency.CompetencyService;
import dev.panel.competency.CompetencyView;
import dev.panel.user.UserService;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is calibrated for which competency today. Safe for anyone signed in to read: it says that an interviewer
 * reads a competency's anchors like the consensus, not how they rated anything.
 */
@Singleton
@TransactionRetry
public class CalibratedStatusService {

    private final DrillRepositories.Statuses statuses;
    private final CompetencyService competencies;
    private final UserService users;
    private final CalibrationPolicy policy;
    private final Clock clock;

    CalibratedStatusService(DrillRepositories.Statuses statuses, CompetencyService competencies, UserService users, CalibrationPolicy policy,
                            Clock clock) {
        this.statuses = statuses;
        this.competencies = competencies;
        this.users = users;
        this.policy = policy;
        this.clock = clock;
    }

    /** The competencies the user is calibrated for now, by name; empty for an unknown user. */
    @ReadOnly
    public List<CalibratedCompetency> calibratedCompetencies(String username) {
        return calibratedNow(username);
    }

    /**
     * Someone's calibration as another person asks for it: those who assign panels (recruiters, hiring managers, admins)
     * may ask about anyone, everyone else only about themselves.
     */
    @ReadOnly
    public List<CalibratedCompetency> calibratedCompetencies(dev.panel.user.Actor asking, String username) {
        if (!asking.username().equalsIgnoreCase(username == null ? "" : username.strip())) {
            asking.require("see other people's calibration", dev.panel.user.Role.RECRUITER, dev.panel.user.Role.HIRING_MANAGER);
        }
        return calibratedNow(username);
    }

    private List<CalibratedCompetency> calibratedNow(String username) {
        return users.findByUsername(username).map(u -> calibrated(List.of(u.id())).getOrDefault(u.id(), List.of())).orElse(List.of());
    }

    /**
     * For each of the interviewers (say, the people a recruiter may assign to a loop), the competencies they are
     * calibrated for now, in one query; an interviewer calibrated in several drills of a competency counts once,
     * with the newest status.
     */
    @ReadOnly
    public Map<Long, List<CalibratedCompetency>> calibrated(Collection<Long> interviewerIds) {
        if (interviewerIds.isEmpty()) {
            return Map.of();
        }
        List<CalibratedStatus> valid = statuses.findValid(Set.copyOf(interviewerIds), clock.instant());
        Map<Long, String> names = competencies.list().stream().map(CompetencyView::competency)
                .collect(Collectors.toMap(c -> c.id(), c -> c.name()));
        Map<Long, Map<Long, CalibratedCompetency>> byInterviewer = new LinkedHashMap<>();
        for (CalibratedStatus status : valid) {
            byInterviewer.computeIfAbsent(status.interviewerId(), k -> new LinkedHashMap<>()).putIfAbsent(status.competencyId(),
                    new CalibratedCompetency(status.interviewerId(), status.competencyId(), names.getOrDefault(status.competencyId(), "?"),
                            status.kappa(), status.drillId(), status.achievedAt(), status.expiresAt()));
        }
        return byInterviewer.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().values().stream().sorted((a, b) -> a.competencyName().compareToIgnoreCase(b.competencyName())).toList()));
    }

    /** Records a status for every interviewer the closed drill's report calls calibrated; returns how many. */
    @Transactional
    int award(Drill closed, DrillReport report, Instant now) {
        int awarded = 0;
        for (DrillReport.InterviewerResult result : report.interviewers()) {
            if (result.calibrated()) {
                statuses.save(new CalibratedStatus(null, result.interviewerId(), closed.competencyId(), closed.id(), result.kappa(), now,
                        policy.expiry(now)));
                awarded++;
            }
        }
        return awarded;
    }
}
