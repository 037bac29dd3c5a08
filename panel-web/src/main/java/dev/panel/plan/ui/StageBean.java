package dev.panel.plan.ui;

import dev.panel.competency.CompetencyView;
import dev.panel.plan.PlanStage;
import dev.panel.question.QuestionView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** One stage as the builder's fields hold it; {@link #stage()} is what the plan service takes. */
public final class StageBean {

    private String name = "";
    private Integer minutes = 45;
    private Integer interviewers = 1;
    private Set<CompetencyView> focus = Set.of();
    private final List<QuestionView> questions = new ArrayList<>();

    /** A stored stage in the builder's fields; questions no longer in the bank are left out. */
    static StageBean of(PlanStage stage, Map<Long, CompetencyView> competencies, Map<Long, QuestionView> questions) {
        StageBean bean = new StageBean();
        bean.setName(stage.name());
        bean.setMinutes(stage.minutes());
        bean.setInterviewers(stage.interviewers());
        bean.setFocus(stage.focusCompetencyIds().stream().map(competencies::get).filter(Objects::nonNull).collect(Collectors.toSet()));
        stage.questionIds().stream().map(questions::get).filter(Objects::nonNull).forEach(bean.questions::add);
        return bean;
    }

    /** The stage as the plan stores it; empty numbers count as zero, so the coverage shows what is missing. */
    public PlanStage stage() {
        return new PlanStage(name, minutes == null ? 0 : minutes, interviewers == null ? 0 : interviewers,
                focus.stream().map(c -> c.competency().id()).sorted().toList(),
                questions.stream().map(q -> q.question().id()).toList());
    }

    /** The minutes of the stage's questions, for its time budget. */
    public int questionMinutes() {
        return questions.stream().mapToInt(q -> q.question().minutes()).sum();
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Integer getMinutes() { return minutes; }
    public void setMinutes(Integer minutes) { this.minutes = minutes; }
    public Integer getInterviewers() { return interviewers; }
    public void setInterviewers(Integer interviewers) { this.interviewers = interviewers; }
    public Set<CompetencyView> getFocus() { return focus; }
    public void setFocus(Set<CompetencyView> focus) { this.focus = focus; }
    public List<QuestionView> questions() { return questions; }
}
