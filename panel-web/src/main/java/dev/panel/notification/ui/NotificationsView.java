package dev.panel.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.panel.common.PanelException;
import dev.panel.notification.NotificationLog;
import dev.panel.notification.NotificationStatus;
import dev.panel.security.CurrentUser;
import dev.panel.security.ReaderTime;
import dev.panel.user.Actor;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;

import java.time.Instant;
import java.util.Set;

/**
 * The outbox for admins: what was sent, what waits (and why), what failed (and why), newest first, a page at a
 * time; a failed notification can be put back in the queue. It shows who, what and when, never a message's facts.
 */
@Prototype
@Route("admin/notifications")
@Menu(title = "Notifications", order = 42, icon = "vaadin:envelope-o")
@PageTitle("Notifications · Panel")
@RolesAllowed("ADMIN")
public class NotificationsView extends VerticalLayout {

    private final NotificationLog log;
    private final Actor reader;
    private final ReaderTime when = ReaderTime.current();
    private final Select<String> status = new Select<>();
    private final Span counts = new Span();
    private final Grid<NotificationLog.Entry> grid = new Grid<>();

    NotificationsView(NotificationLog log) {
        this.log = log;
        this.reader = CurrentUser.actor();
        setMaxWidth("120rem");
        H1 title = new H1("Notifications");
        title.setId("home-heading");
        add(title);
        NotificationLog.Counts numbers = log.counts(reader);
        if (!numbers.mailConfigured()) {
            Paragraph off = new Paragraph("Mail is not configured (PANEL_SMTP_HOST is not set): notifications are kept here and "
                    + "not sent. Set the PANEL_SMTP_* settings and restart Panel to send them.");
            off.setId("mail-not-configured");
            off.getStyle().set("color", "var(--lumo-warning-text-color, var(--lumo-error-text-color))");
            add(off);
        }
        counts.setId("notification-counts");
        showCounts(numbers);

        status.setId("notification-status");
        status.setLabel("Show");
        status.setItems("All", "Waiting", "Sent", "Failed");
        status.setValue("All");
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.setId("notification-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> format(e.createdAt())).setHeader("Made").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(NotificationLog.Entry::kind).setHeader("What").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.recipient() + (e.recipientEmail().isEmpty() ? "" : " <" + e.recipientEmail() + ">"))
                .setHeader("To").setWidth("14rem").setFlexGrow(1).setResizable(true)
                .setTooltipGenerator(e -> e.recipient() + " " + e.recipientEmail());
        grid.addComponentColumn(this::statusCell).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.lastError() == null ? "" : e.lastError()).setHeader("Reason").setWidth("14rem").setFlexGrow(2)
                .setTooltipGenerator(e -> e.lastError() == null ? "" : e.lastError()).setResizable(true);
        grid.addColumn(NotificationLog.Entry::attempts).setHeader("Tries").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::moment).setHeader("Sent / next try").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> log.page(reader, statuses(), query.getOffset(), query.getLimit()).getContent().stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, log.count(reader, statuses())));
        grid.setMinHeight("32rem");
        grid.setWidthFull();
        add(counts, status, grid);
    }

    private Set<NotificationStatus> statuses() {
        return switch (status.getValue() == null ? "All" : status.getValue()) {
            case "Waiting" -> Set.of(NotificationStatus.WAITING);
            case "Sent" -> Set.of(NotificationStatus.SENT);
            case "Failed" -> Set.of(NotificationStatus.FAILED);
            default -> Set.of();
        };
    }

    private String moment(NotificationLog.Entry entry) {
        if (entry.sentAt() != null) {
            return format(entry.sentAt());
        }
        return entry.nextAttemptAt() == null ? "" : "next " + format(entry.nextAttemptAt());
    }

    /** The status, and for a failed notification the button that queues it again. */
    private Span statusCell(NotificationLog.Entry entry) {
        Span cell = new Span(entry.status().name().toLowerCase() + " ");
        cell.addClassName("status-" + entry.status().name().toLowerCase());
        if (entry.status() == NotificationStatus.FAILED) {
            Button retry = new Button("Retry", click -> retry(entry));
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
            retry.addClassName("notification-retry");
            cell.add(retry);
        }
        return cell;
    }

    private void retry(NotificationLog.Entry entry) {
        try {
            log.retry(reader, entry.id());
            Notification.show("Queued again: it goes at the next round.", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (PanelException refused) {
            Notification.show(refused.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        showCounts(log.counts(reader));
        grid.getDataProvider().refreshAll();
    }

    private void showCounts(NotificationLog.Counts numbers) {
        counts.setText(numbers.waiting() + " waiting · " + numbers.sent() + " sent · " + numbers.failed() + " failed");
    }

    private String format(Instant moment) {
        return moment == null ? "" : when.moment(moment);
    }
}
