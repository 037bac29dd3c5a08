package dev.panel.admin.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.panel.admin.AuditTrail;
import dev.panel.audit.AuditEvent;
import dev.panel.audit.AuditFilter;
import dev.panel.security.CurrentUser;
import dev.panel.security.ReaderTime;
import dev.panel.user.Actor;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;


/**
 * The audit log for admins: who did what, when, to what, from which request; filtered by who, action, a range of
 * days (in the reader's zone) and any text, loaded a page at a time. Read-only: there is nothing here to change or delete an event.
 */
@Prototype
@Route("admin/audit")
@Menu(title = "Audit log", order = 41, icon = "vaadin:list-ol")
@PageTitle("Audit log · Panel")
@RolesAllowed("ADMIN")
public class AuditLogView extends VerticalLayout {

    private final AuditTrail trail;
    private final Actor reader;
    private final ReaderTime time = ReaderTime.current();
    private final TextField who = new TextField("Who");
    private final ComboBox<String> action = new ComboBox<>("Action");
    private final DatePicker from = new DatePicker("From (" + time.zoneName() + ")");
    private final DatePicker until = new DatePicker("Until (" + time.zoneName() + ", inclusive)");
    private final TextField text = new TextField("Text");
    private final Grid<AuditEvent> grid = new Grid<>();

    AuditLogView(AuditTrail trail) {
        this.trail = trail;
        this.reader = CurrentUser.actor();
        setMaxWidth("120rem");
        H1 title = new H1("Audit log");
        title.setId("home-heading");
        Paragraph about = new Paragraph("Every sign-in, submission, amendment, decision and privacy action, newest first. "
                + "Events are never changed or deleted here.");
        about.addClassName("text-secondary");

        who.setId("audit-who");
        who.setPlaceholder("username");
        action.setId("audit-action");
        action.setItems(trail.actions(reader));
        action.setClearButtonVisible(true);
        from.setId("audit-from");
        until.setId("audit-until");
        text.setId("audit-text");
        text.setPlaceholder("target, detail or request id");
        for (TextField field : new TextField[]{who, text}) {
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(e -> refresh());
        }
        action.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        until.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(who, action, from, until, text);
        filters.getStyle().set("flex-wrap", "wrap");

        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> time.exact(e.occurredAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.actor() == null ? "—" : e.actor()).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEvent::action).setHeader("Action").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> orDash(e.subject())).setHeader("Target").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> orDash(e.detail())).setHeader("Detail").setWidth("16rem").setFlexGrow(3)
                .setTooltipGenerator(e -> orDash(e.detail())).setResizable(true);
        // Ids are long and seldom read whole: a narrow column, the full id in the tooltip and in the filter.
        grid.addColumn(e -> orDash(e.requestId())).setHeader("Request id").setWidth("9rem").setFlexGrow(0)
                .setTooltipGenerator(e -> orDash(e.requestId())).setResizable(true);
        grid.setItems(query -> trail.page(reader, filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, trail.count(reader, filter())));
        grid.setMinHeight("32rem");
        grid.setWidthFull();
        add(title, about, filters, grid);
    }

    AuditFilter filter() {
        return new AuditFilter(who.getValue(), action.getValue(), time.startOf(from.getValue()),
                until.getValue() == null ? null : time.startOf(until.getValue().plusDays(1)), text.getValue());
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
