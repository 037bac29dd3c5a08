package dev.panel.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.panel.notification.MailSettings;
import dev.panel.security.PublicAddress;
import dev.panel.security.CurrentUser;
import dev.panel.user.AccountFilter;
import dev.panel.user.AccountLinkService;
import dev.panel.user.AccountService;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import dev.panel.user.User;
import dev.panel.security.ReaderTime;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.RolesAllowed;

import java.util.stream.Collectors;

/**
 * People, for admins: every account, filtered by text, role and whether it is active, loaded a page at a time; add a
 * person (who is then sent an invitation link), change names, addresses and roles, deactivate and reactivate.
 */
@Prototype
@Route("admin/people")
@Menu(title = "People", order = 40, icon = "vaadin:users")
@PageTitle("People · Panel")
@RolesAllowed("ADMIN")
public class PeopleView extends VerticalLayout {

    private final AccountService accounts;
    private final Actor admin;
    private final ReaderTime reader = ReaderTime.current();
    private final TextField text = new TextField("Search");
    private final Select<Role> role = new Select<>();
    private final Select<String> status = new Select<>();
    private final Grid<User> grid = new Grid<>();

    PeopleView(AccountService accounts, AccountLinkService links, PublicAddress linkAddresses, MailSettings mail) {
        this.accounts = accounts;
        this.admin = CurrentUser.actor();
        setMaxWidth("110rem");
        H1 title = new H1("People");
        title.setId("home-heading");
        Paragraph about = new Paragraph("Everyone who may sign in to Panel. Add a person and send them the invitation link; "
                + "deactivating someone signs them out at once, and what they submitted stays, with their name.");
        about.addClassName("text-secondary");

        text.setId("people-search");
        text.setPlaceholder("name, username or email");
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> refresh());
        role.setId("people-role");
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> r == null ? "Any role" : r.label());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption("Any role");
        role.addValueChangeListener(e -> refresh());
        status.setId("people-status");
        status.setLabel("Status");
        status.setItems("Active", "Deactivated", "All");
        status.setValue("Active");
        status.addValueChangeListener(e -> refresh());
        AccountDialogs dialogs = new AccountDialogs(accounts, links, linkAddresses, mail.isConfigured(), admin, this::refresh);
        Button add = new Button("Add person", VaadinIcon.PLUS.create(), e -> dialogs.create());
        add.setId("add-person");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout filters = new HorizontalLayout(text, role, status, add);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");

        grid.setId("people-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(User::displayName).setHeader("Name").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(User::username).setHeader("Username").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(User::email).setHeader("Email").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(u -> u.roles().stream().map(Role::label).collect(Collectors.joining(", "))).setHeader("Roles").setAutoWidth(true);
        grid.addComponentColumn(PeopleView::activeBadge).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(u -> u.lastSignInAt() == null ? "never" : reader.moment(u.lastSignInAt())).setHeader("Last sign-in").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(User::signInMethod).setHeader("Signs in with").setAutoWidth(true).setFlexGrow(0);
        grid.addItemClickListener(e -> dialogs.edit(e.getItem()));
        grid.setItems(query -> accounts.page(admin, filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, accounts.count(admin, filter())));
        grid.setMinHeight("28rem");
        grid.setWidthFull();
        add(title, about, filters, grid);
    }

    AccountFilter filter() {
        Boolean active = switch (status.getValue() == null ? "All" : status.getValue()) {
            case "Active" -> Boolean.TRUE;
            case "Deactivated" -> Boolean.FALSE;
            default -> null;
        };
        return new AccountFilter(text.getValue(), role.getValue(), active);
    }

    /** Words beside the colour, so that the status is not told by colour alone. */
    private static Span activeBadge(User user) {
        Span badge = new Span(user.enabled() ? "Active" : "Deactivated");
        badge.getElement().getThemeList().add(user.enabled() ? "badge success" : "badge contrast");
        return badge;
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
