package dev.panel.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.panel.notification.NotificationChoices;
import dev.panel.notification.NotificationPreferences;
import dev.panel.user.Actor;

/**
 * My account's notification choices: reminders (and overdue nudges) and the daily digest can be turned off, each
 * saved as it is ticked; invitations and changes to one's own interviews always go. And the calendar feed: its
 * address is shown once, when made; making a new one shuts the old address out.
 */
class NotificationChoicesForm extends VerticalLayout {

    NotificationChoicesForm(NotificationPreferences preferences, Actor me, String baseUrl) {
        setPadding(false);
        NotificationChoices now = preferences.of(me);
        Checkbox reminders = new Checkbox("Reminders before my interviews, and a nudge when my scorecard is late", now.reminders());
        reminders.setId("me-reminders");
        Checkbox digests = new Checkbox("A daily digest of late scorecards on the loops I manage", now.digests());
        digests.setId("me-digests");
        Runnable save = () -> {
            preferences.choose(me, reminders.getValue(), digests.getValue());
            Notification.show("Notification choices saved.", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        };
        reminders.addValueChangeListener(e -> save.run());
        digests.addValueChangeListener(e -> save.run());
        Paragraph always = new Paragraph("Invitations to interviews, changes to their time, cancellations and account links always come.");
        always.addClassName("text-secondary");

        Paragraph feedAbout = new Paragraph(now.hasCalendarFeed()
                ? "You have a calendar feed. Its address was shown when you made it; make a new one if you lost it or shared it."
                : "A calendar feed lists your coming interviews for calendar programs that subscribe to an address.");
        feedAbout.setId("me-feed-about");
        TextField address = new TextField("Calendar feed address");
        address.setId("me-feed-address");
        address.setReadOnly(true);
        address.setWidthFull();
        address.setVisible(false);
        Button make = new Button(now.hasCalendarFeed() ? "Make a new feed address" : "Make a calendar feed", e -> {
            String token = preferences.newCalendarFeed(me);
            address.setValue(baseUrl + "/api/calendar/" + token + ".ics");
            address.setHelperText("Copy it now: Panel shows it only this once. Anyone with it sees your interviews' times and "
                    + "candidates; the previous address, if any, no longer works.");
            address.setVisible(true);
            e.getSource().setText("Make a new feed address");
            feedAbout.setText("Subscribe to this address in your calendar program (webcal also works: replace https:// with webcal://).");
        });
        make.setId("me-make-feed");
        add(reminders, digests, always, feedAbout, address, make);
    }
}
