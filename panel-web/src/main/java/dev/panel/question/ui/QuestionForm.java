package dev.panel.question.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import dev.panel.competency.CompetencyView;
import dev.panel.question.QuestionDraft;
import dev.panel.question.QuestionKind;
import dev.panel.question.QuestionLevel;
import dev.panel.question.QuestionService;
import dev.panel.question.QuestionView;
import dev.panel.role.RoleView;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Every field of a question, checked in place by a Binder; fires {@link SaveEvent} or {@link CancelEvent}. */
public class QuestionForm extends FormLayout {

    final TextArea text = new TextArea("Question");
    final Select<QuestionKind> kind = new Select<>();
    final Select<QuestionLevel> level = new Select<>();
    final MultiSelectComboBox<CompetencyView> competencies = new MultiSelectComboBox<>("Competencies it gives evidence for");
    final MultiSelectComboBox<RoleView> roles = new MultiSelectComboBox<>("Roles");
    final TextArea signal = new TextArea("Signal: what it should surface");
    final TextArea probes = new TextArea("Follow-up probes, one per line");
    final TextArea strongAnswer = new TextArea("A strong answer shows, one per line");
    final TextArea redFlags = new TextArea("Red flags, one per line");
    final IntegerField minutes = new IntegerField("Time box (minutes)");
    final TextField source = new TextField("Source");
    final SourceLink sourceLink = new SourceLink();
    final Button save = new Button("Save");
    private final Binder<QuestionBean> binder = new Binder<>(QuestionBean.class);

    public QuestionForm(List<CompetencyView> allCompetencies, List<RoleView> allRoles) {
        setId("question-form");
        kind.setLabel("Kind");
        kind.setItems(QuestionKind.values());
        kind.setItemLabelGenerator(QuestionKind::label);
        level.setLabel("Level");
        level.setItems(QuestionLevel.values());
        level.setItemLabelGenerator(QuestionLevel::label);
        competencies.setItems(allCompetencies);
        competencies.setItemLabelGenerator(c -> c.competency().name());
        roles.setItems(allRoles);
        roles.setItemLabelGenerator(r -> r.role().name());
        minutes.setStepButtonsVisible(true);
        text.setId("question-text");
        kind.setId("question-kind");
        level.setId("question-level");
        signal.setId("question-signal");
        minutes.setId("question-minutes");

        binder.forField(text).asRequired("Write the question as the interviewer asks it.").bind(QuestionBean::getText, QuestionBean::setText);
        binder.forField(kind).asRequired("Choose the kind.").bind(QuestionBean::getKind, QuestionBean::setKind);
        binder.forField(level).asRequired("Choose the level.").bind(QuestionBean::getLevel, QuestionBean::setLevel);
        binder.forField(competencies).asRequired("Name at least one competency.")
                .bind(QuestionBean::getCompetencies, QuestionBean::setCompetencies);
        binder.forField(roles).bind(QuestionBean::getRoles, QuestionBean::setRoles);
        binder.forField(signal).asRequired("Say what the question should surface.").bind(QuestionBean::getSignal, QuestionBean::setSignal);
        binder.forField(probes).bind(QuestionBean::getProbes, QuestionBean::setProbes);
        binder.forField(strongAnswer).bind(QuestionBean::getStrongAnswer, QuestionBean::setStrongAnswer);
        binder.forField(redFlags).bind(QuestionBean::getRedFlags, QuestionBean::setRedFlags);
        binder.forField(minutes).asRequired("Give the time box in minutes.")
                .withValidator(m -> m >= 1 && m <= QuestionService.MAX_MINUTES, "1 to " + QuestionService.MAX_MINUTES + " minutes.")
                .bind(QuestionBean::getMinutes, QuestionBean::setMinutes);
        binder.forField(source).bind(QuestionBean::getSource, QuestionBean::setSource);
        source.addValueChangeListener(e -> sourceLink.show(e.getValue()));

        save.setId("save-question");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            if (binder.validate().isOk()) {
                fireEvent(new SaveEvent(this, binder.getBean()));
            }
        });
        Button cancel = new Button("Cancel", e -> fireEvent(new CancelEvent(this)));
        add(text, 2);
        add(kind, level, competencies, roles);
        add(signal, 2);
        add(probes, strongAnswer, redFlags, minutes, source, sourceLink);
        add(new HorizontalLayout(save, cancel), 2);
        edit(new QuestionBean());
    }

    /** Shows a question (or a blank one) in the form. */
    public void edit(QuestionBean bean) {
        binder.setBean(bean);
    }

    public static QuestionBean beanOf(QuestionView view, List<CompetencyView> allCompetencies, List<RoleView> allRoles) {
        QuestionBean bean = new QuestionBean();
        bean.id = view.question().id();
        bean.version = view.question().version();
        bean.setText(view.question().text());
        bean.setKind(view.question().kind());
        bean.setLevel(view.question().level());
        bean.setCompetencies(allCompetencies.stream().filter(c -> view.competencyIds().contains(c.competency().id())).collect(Collectors.toSet()));
        bean.setRoles(allRoles.stream().filter(r -> view.roleIds().contains(r.role().id())).collect(Collectors.toSet()));
        bean.setSignal(view.question().signal());
        bean.setProbes(String.join("\n", view.question().probes()));
        bean.setStrongAnswer(String.join("\n", view.question().strongAnswer()));
        bean.setRedFlags(String.join("\n", view.question().redFlags()));
        bean.setMinutes(view.question().minutes());
        bean.setSource(view.question().source() == null ? "" : view.question().source());
        return bean;
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    public static final class SaveEvent extends ComponentEvent<QuestionForm> {
        private final QuestionBean bean;

        SaveEvent(QuestionForm source, QuestionBean bean) {
            super(source, false);
            this.bean = bean;
        }

        public QuestionBean bean() {
            return bean;
        }
    }

    public static final class CancelEvent extends ComponentEvent<QuestionForm> {
        CancelEvent(QuestionForm source) {
            super(source, false);
        }
    }

    /** The form's bean: a question as the fields hold it. */
    public static final class QuestionBean {
        Long id;
        Long version;
        private String text = "";
        private QuestionKind kind;
        private QuestionLevel level;
        private Set<CompetencyView> competencies = Set.of();
        private Set<RoleView> roles = Set.of();
        private String signal = "";
        private String probes = "";
        private String strongAnswer = "";
        private String redFlags = "";
        private Integer minutes = 10;
        private String source = "";

        /** The draft the services take; lists are one entry per non-empty line. */
        public QuestionDraft draft() {
            return new QuestionDraft(null, text, kind, level, competencies.stream().map(c -> c.competency().id()).toList(),
                    roles.stream().map(r -> r.role().id()).toList(), signal, lines(probes), lines(strongAnswer), lines(redFlags),
                    minutes == null ? 0 : minutes, source, version);
        }

        private static List<String> lines(String text) {
            return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public QuestionKind getKind() { return kind; }
        public void setKind(QuestionKind kind) { this.kind = kind; }
        public QuestionLevel getLevel() { return level; }
        public void setLevel(QuestionLevel level) { this.level = level; }
        public Set<CompetencyView> getCompetencies() { return competencies; }
        public void setCompetencies(Set<CompetencyView> competencies) { this.competencies = competencies; }
        public Set<RoleView> getRoles() { return roles; }
        public void setRoles(Set<RoleView> roles) { this.roles = roles; }
        public String getSignal() { return signal; }
        public void setSignal(String signal) { this.signal = signal; }
        public String getProbes() { return probes; }
        public void setProbes(String probes) { this.probes = probes; }
        public String getStrongAnswer() { return strongAnswer; }
        public void setStrongAnswer(String strongAnswer) { this.strongAnswer = strongAnswer; }
        public String getRedFlags() { return redFlags; }
        public void setRedFlags(String redFlags) { this.redFlags = redFlags; }
        public Integer getMinutes() { return minutes; }
        public void setMinutes(Integer minutes) { this.minutes = minutes; }
        public String getSource() { return source; }
        public void setSource(String source) { this.source = source; }
    }
}
