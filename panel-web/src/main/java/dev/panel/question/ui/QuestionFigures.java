package dev.panel.question.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import dev.panel.calibration.CalibrationService;
import dev.panel.calibration.QuestionStats;
import dev.panel.user.Actor;
import dev.panel.user.Role;

import java.util.List;
import java.util.Locale;

/**
 * A question's own figures on its page, per role: how often it was asked, its notes left empty, its time against
 * its box, its discrimination and its alerts. Shown only to those who may read calibration; the figures come from
 * the same service and rules as the dashboard.
 */
final class QuestionFigures extends Div {

    private final CalibrationService calibration;
    private final Actor actor;

    QuestionFigures(CalibrationService calibration, Actor actor) {
        this.calibration = calibration;
        this.actor = actor;
        setId("question-figures");
        setVisible(false);
    }

    void show(Long questionId) {
        removeAll();
        boolean reads = actor.mayActAs(Role.RECRUITER) || actor.roles().contains(Role.HIRING_MANAGER);
        setVisible(questionId != null && reads);
        if (!isVisible()) {
            return;
        }
        add(new H3("In interviews"));
        List<QuestionStats> figures = calibration.question(actor, questionId);
        if (figures.isEmpty()) {
            add(new Paragraph("No submitted scorecard you may read has had this question yet."));
            return;
        }
        for (QuestionStats q : figures) {
            Paragraph line = new Paragraph(String.format(Locale.ROOT, "%s: planned in %d interviews, notes in %d (%s left empty); %s; %s.",
                    q.role(), q.planned(), q.asked(), q.emptyShare() == null ? "none" : Math.round(100 * q.emptyShare()) + "%",
                    q.meanMinutes() == null ? "never timed" : String.format(Locale.ROOT, "%.1f of %d minutes on average", q.meanMinutes(),
                            q.timeBoxMinutes()),
                    q.discrimination() == null ? "discrimination not yet known (" + q.discriminationN() + " candidates)"
                            : String.format(Locale.ROOT, "discrimination %.2f (95%% CI %.2f to %.2f, %d candidates)", q.discrimination(),
                            q.discriminationLow(), q.discriminationHigh(), q.discriminationN())));
            line.getElement().setAttribute("data-role", q.role());
            add(line);
            if (!q.alerts().isEmpty()) {
                UnorderedList alerts = new UnorderedList();
                q.alerts().forEach(a -> alerts.add(new ListItem(a.text())));
                add(alerts);
            }
        }
    }
}
