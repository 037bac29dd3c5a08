package dev.panel.loop;

import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Loops as read models: each with its interviews and their panels, read in two statements for any number of loops. */
@Singleton
class LoopViews {

    private final LoopRepositories.Interviews interviews;
    private final LoopRepositories.Panelists panelists;

    LoopViews(LoopRepositories.Interviews interviews, LoopRepositories.Panelists panelists) {
        this.interviews = interviews;
        this.panelists = panelists;
    }

    /** The loops with their interviews (in stage order) and each interview's panel, in the order given. */
    List<LoopView> of(List<HiringLoop> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Set<Long> loopIds = list.stream().map(HiringLoop::id).collect(Collectors.toSet());
        Map<Long, List<Long>> panel = new HashMap<>();
        panelists.findByLoopIdInOrderById(loopIds).forEach(p -> panel.computeIfAbsent(p.interviewId(), k -> new ArrayList<>()).add(p.userId()));
        Map<Long, List<Interview>> byLoop = interviews.findByLoopIdIn(loopIds).stream()
                .sorted(Comparator.comparingInt(Interview::stageIndex).thenComparing(Interview::id))
                .collect(Collectors.groupingBy(Interview::loopId));
        return list.stream().map(loop -> new LoopView(loop, byLoop.getOrDefault(loop.id(), List.of()).stream()
                        .map(i -> new InterviewView(i, loop.planSnapshot().stages().get(i.stageIndex()), panel.getOrDefault(i.id(), List.of())))
                        .toList()))
                .toList();
    }
}
