package dev.panel.loop.ui;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.panel.loop.InterviewerLoad;
import dev.panel.security.ReaderTime;
import dev.panel.user.User;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The time and panel of one interview: a date-time picker (in the picker's own zone, named on it; stored as the
 * instant it is) and the interviewers to pick from, each labelled with their coming load and calibration (see
 * {@link PanelChoices}), a line saying how many of the seats the stage asks for are filled, and, for each picked
 * interviewer whose clock reads otherwise, the time the interview is for them.
 */
class PanelPicker extends HorizontalLayout {

    private final ReaderTime reader = ReaderTime.current();
    private final DateTimePicker when = new DateTimePicker("Time (" + reader.zoneName() + ")");
    private final MultiSelectComboBox<User> who = new MultiSelectComboBox<>("Interviewers");
    private final Span seats = new Span();
    private final Div theirTimes = new Div();
    private final int wanted;

    PanelPicker(int wanted, Set<Long> focus, PanelChoices choices) {
        this.wanted = wanted;
        when.setStep(Duration.ofMinutes(15));
        when.addClassName("interview-time");
        who.addClassName("interview-panel");
        who.setItems(choices.interviewers().stream().sorted(Comparator.comparing(User::displayName).thenComparing(User::username)).toList());
        who.setItemLabelGenerator(user -> choices.label(user, focus));
        who.setWidth("32rem");
        who.setHelperText("Each name shows their interviews in the next " + InterviewerLoad.WINDOW_DAYS
                + " days and the stage's competencies they are calibrated for.");
        who.addValueChangeListener(change -> showSeats());
        who.addValueChangeListener(change -> showTheirTimes());
        when.addValueChangeListener(change -> showTheirTimes());
        seats.addClassName("panel-seats");
        theirTimes.addClassName("interviewer-times");
        theirTimes.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        showSeats();
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        add(when, who, seats, theirTimes);
    }

    void show(Instant scheduledAt, Collection<Long> panelistIds) {
        when.setValue(scheduledAt == null ? null : reader.local(scheduledAt));
        Set<Long> ids = Set.copyOf(panelistIds);
        who.setValue(who.getListDataView().getItems().filter(u -> ids.contains(u.id())).collect(Collectors.toSet()));
    }

    Instant scheduledAt() {
        return reader.instantOf(when.getValue());
    }

    List<Long> interviewerIds() {
        return who.getValue().stream().map(User::id).sorted().toList();
    }

    /** "Dana Scully: 09:00 America/New_York", one line for each picked interviewer whose clock reads otherwise. */
    private void showTheirTimes() {
        theirTimes.removeAll();
        Instant at = scheduledAt();
        who.getValue().stream().sorted(Comparator.comparing(User::displayName)).forEach(user -> {
            String theirs = reader.theirTime(at, user.timeZone());
            if (theirs != null) {
                Div line = new Div(user.displayName() + ": " + theirs);
                line.addClassName("interviewer-time");
                theirTimes.add(line);
            }
        });
    }

    private void showSeats() {
        int picked = who.getValue().size();
        seats.setText(picked + " of " + wanted + " interviewers picked");
        seats.getStyle().set("color", picked < wanted ? "var(--lumo-warning-text-color, var(--lumo-secondary-text-color))"
                : "var(--lumo-success-text-color)");
    }
}
