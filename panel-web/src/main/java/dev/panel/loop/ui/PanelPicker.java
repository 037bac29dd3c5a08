package dev.panel.loop.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.panel.loop.InterviewerLoad;
import dev.panel.user.User;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The time and panel of one interview: a date-time picker (UTC, like every time Panel shows) and the
 * interviewers to pick from, each labelled with their coming load and calibration (see {@link PanelChoices}),
 * and a line saying how many of the seats the stage asks for are filled.
 */
class PanelPicker extends HorizontalLayout {

    private final DateTimePicker when = new DateTimePicker("Time (UTC)");
    private final MultiSelectComboBox<User> who = new MultiSelectComboBox<>("Interviewers");
    private final Span seats = new Span();
    private final int wanted;

    PanelPicker(int wanted, Set<Long> focus, PanelChoices choices) {
        this.wanted = wanted;
        when.setStep(Duration.ofMinutes(15));
        when.addClassName("interview-time");
        who.addClassName("interview-panel");
        who.setItems(choices.interviewers().stream().sorted(Comparator.comparing(User::displayName)).toList());
        who.setItemLabelGenerator(user -> choices.label(user, focus));
        who.setWidth("32rem");
        who.setHelperText("Each name shows their interviews in the next " + InterviewerLoad.WINDOW_DAYS
                + " days and the stage's competencies they are calibrated for.");
        who.addValueChangeListener(change -> showSeats());
        seats.addClassName("panel-seats");
        showSeats();
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(when, who, seats);
    }

    void show(Instant scheduledAt, Collection<Long> panelistIds) {
        when.setValue(scheduledAt == null ? null : LocalDateTime.ofInstant(scheduledAt, ZoneOffset.UTC));
        Set<Long> ids = Set.copyOf(panelistIds);
        who.setValue(who.getListDataView().getItems().filter(u -> ids.contains(u.id())).collect(Collectors.toSet()));
    }

    Instant scheduledAt() {
        return when.getValue() == null ? null : when.getValue().toInstant(ZoneOffset.UTC);
    }

    List<Long> interviewerIds() {
        return who.getValue().stream().map(User::id).sorted().toList();
    }

    private void showSeats() {
        int picked = who.getValue().size();
        seats.setText(picked + " of " + wanted + " interviewers picked");
        seats.getStyle().set("color", picked < wanted ? "var(--lumo-warning-text-color, var(--lumo-secondary-text-color))"
                : "var(--lumo-success-text-color)");
    }
}
