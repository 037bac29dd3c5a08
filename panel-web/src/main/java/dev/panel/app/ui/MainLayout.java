package dev.panel.app.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import dev.panel.admin.ui.AuditLogView;
import dev.panel.calibration.ui.CalibrationView;
import dev.panel.competency.ui.CompetenciesView;
import dev.panel.drill.ui.DrillsView;
import dev.panel.loop.ui.LoopsView;
import dev.panel.notification.ui.NotificationsView;
import dev.panel.plan.ui.PlansView;
import dev.panel.question.ui.QuestionBankView;
import dev.panel.security.CurrentUser;
import dev.panel.security.ReaderTime;
import dev.panel.security.SignedInUser;
import dev.panel.user.Role;
import dev.panel.user.MyAccountService;
import dev.panel.user.User;
import dev.panel.user.UserService;
import dev.panel.user.ui.MyAccountView;
import dev.panel.user.ui.PeopleView;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;

import java.util.Locale;
import java.util.stream.Collectors;

/** The frame around every signed-in page: the title bar with who is signed in, and the side navigation. */
@Prototype
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    MainLayout(UserService users, MyAccountService account) {
        SignedInUser user = CurrentUser.require();
        // every page of this UI, and its date pickers, in the reader's locale
        com.vaadin.flow.component.UI.getCurrent().setLocale(ReaderTime.current().locale());
        adoptBrowserSettings(account, user);

        Span title = new Span("Panel");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");

        Span who = new Span(user.displayName() + " · " + user.roles().stream().map(Role::label).collect(Collectors.joining(", ")));
        who.setId("signed-in-user");
        who.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");

        Button signOut = new Button("Sign out", click -> {
            users.signedOut(user.username());
            CurrentUser.signOut();
            click.getSource().getUI().ifPresent(ui -> ui.getPage().setLocation("/login"));
        });
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, who, signOut);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(who);
        bar.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(bar);

        SideNav nav = new SideNav();
        for (RoleHome home : RoleHome.openTo(user)) {
            nav.addItem(new SideNavItem(home.label, home.view, home.icon.create()));
        }
        if (user.mayActAs(Role.RECRUITER) || user.mayActAs(Role.HIRING_MANAGER)) {
            nav.addItem(new SideNavItem("Loops", LoopsView.class, VaadinIcon.CALENDAR_USER.create()));
            nav.addItem(new SideNavItem("Calibration", CalibrationView.class, VaadinIcon.SCALE_UNBALANCE.create()));
        }
        if (user.mayActAs(Role.INTERVIEWER) || user.mayActAs(Role.HIRING_MANAGER)) {
            nav.addItem(new SideNavItem("Drills", DrillsView.class, VaadinIcon.CHECK_SQUARE_O.create()));
        }
        if (user.mayActAs(Role.HIRING_MANAGER)) {
            nav.addItem(new SideNavItem("Competencies", CompetenciesView.class, VaadinIcon.BOOK.create()));
            nav.addItem(new SideNavItem("Question bank", QuestionBankView.class, VaadinIcon.QUESTION_CIRCLE_O.create()));
            nav.addItem(new SideNavItem("Question plans", PlansView.class, VaadinIcon.SITEMAP.create()));
        }
        if (user.mayActAs(Role.ADMIN)) {
            nav.addItem(new SideNavItem("People", PeopleView.class, VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem("Audit log", AuditLogView.class, VaadinIcon.LIST_OL.create()));
            nav.addItem(new SideNavItem("Notifications", NotificationsView.class, VaadinIcon.ENVELOPE_O.create()));
        }
        nav.addItem(new SideNavItem("My account", MyAccountView.class, VaadinIcon.USER.create()));
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    /**
     * At the first page of a session, a person who has chosen no time zone or locale gets the browser's, and the
     * session reads times in what the account now says; the page is drawn again if that changed what it showed.
     */
    private static void adoptBrowserSettings(MyAccountService account, SignedInUser user) {
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        if (session == null || session.getAttribute(TIME_ZONE_CHECKED) != null) {
            return;
        }
        session.setAttribute(TIME_ZONE_CHECKED, Boolean.TRUE);
        Locale browserLocale = ReaderTime.requestLocale();
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        ui.getPage().retrieveExtendedClientDetails(details -> {
            ReaderTime before = ReaderTime.current();
            User saved = account.adoptBrowserSettings(new dev.panel.user.Actor(user.id(), user.username(), user.roles()),
                    details.getTimeZoneId(), browserLocale == null ? null : browserLocale.toLanguageTag());
            ReaderTime reader = ReaderTime.of(saved.timeZone(), saved.locale(), details.getTimeZoneId(), browserLocale);
            ReaderTime.remember(reader);
            if (!reader.equals(before)) {
                ui.refreshCurrentRoute(false);
            }
        });
    }

    private static final String TIME_ZONE_CHECKED = "dev.panel.time-zone-checked";

    /** A new page starts at its top, not where the last one was scrolled to. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        getElement().executeJs("const content = this.shadowRoot && this.shadowRoot.querySelector('[content]');"
                + " if (content) { content.scrollTop = 0; } window.scrollTo(0, 0);");
    }
}
