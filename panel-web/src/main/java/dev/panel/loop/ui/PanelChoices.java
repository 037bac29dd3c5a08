package dev.panel.loop.ui;

import dev.panel.drill.CalibratedCompetency;
import dev.panel.drill.CalibratedStatusService;
import dev.panel.loop.LoopService;
import dev.panel.user.User;
import dev.panel.user.UserService;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may sit on a panel, and what a recruiter weighs when picking them: each person's interviews in the coming
 * days and the competencies they are calibrated for (from drills). Read once per page, in three queries.
 */
record PanelChoices(List<User> interviewers, Map<Long, Long> load, Map<Long, List<CalibratedCompetency>> calibrated) {

    static PanelChoices read(UserService users, LoopService loops, CalibratedStatusService statuses) {
        List<User> interviewers = users.interviewers();
        return new PanelChoices(interviewers, loops.upcomingLoad(), statuses.calibrated(interviewers.stream().map(User::id).toList()));
    }

    /**
     * "Ada Lovelace (alovelace) · 2 upcoming · calibrated: Architecture", naming only the competencies in {@code focus}; the
     * username tells apart two people of one name (and typing it finds them).
     */
    String label(User user, Set<Long> focus) {
        long interviews = load.getOrDefault(user.id(), 0L);
        String label = user.nameWithUsername() + " · " + (interviews == 0 ? "free" : interviews == 1 ? "1 upcoming" : interviews + " upcoming");
        String onFocus = calibrated.getOrDefault(user.id(), List.of()).stream().filter(c -> focus.contains(c.competencyId()))
                .map(CalibratedCompetency::competencyName).collect(Collectors.joining(", "));
        return onFocus.isEmpty() ? label : label + " · calibrated: " + onFocus;
    }
}
