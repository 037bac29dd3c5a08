package dev.panel.app.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import dev.panel.security.CurrentUser;
import dev.panel.security.ReaderTime;
import dev.panel.security.SignedInUser;
import dev.panel.user.Role;
import dev.panel.user.MyAccountService;
import dev.panel.user.User;
import dev.panel.user.UserService;
import io.micronaut.context.annotation.Prototype;
import jakarta.annotation.security.PermitAll;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The frame around every signed-in page: the title bar with who is signed in, the side navigation, and the page in a
 * {@code main} landmark. Vaadin puts every route in it ({@code @Layout}); the navigation lists the views marked
 * {@code @Menu} that the signed-in person may open, so neither side names the other.
 */
@Prototype
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The shell's styles (narrow screens close the navigation), read once. */
    private static final String SHELL_CSS = readShellCss();

    private final Main main = new Main();

    MainLayout(UserService users, MyAccountService account) {
        SignedInUser user = CurrentUser.require();
        // every page of this UI, and its date pickers, in the reader's locale
        com.vaadin.flow.component.UI.getCurrent().setLocale(ReaderTime.current().locale());
        adoptBrowserSettings(account, user);

        Span title = new Span("Panel");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");

        Span who = new Span(user.displayName() + " · " + user.roles().stream().map(Role::label).collect(Collectors.joining(", ")));
        who.setId("signed-in-user");
        who.addClassName("signed-in-user");

        Button signOut = new Button("Sign out", click -> {
            users.signedOut(user.username());
            CurrentUser.signOut();
            click.getSource().getUI().ifPresent(ui -> ui.getPage().setLocation("/login"));
        });
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the navigation");
        HorizontalLayout bar = new HorizontalLayout(toggle, title, who, signOut);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(who);
        bar.getStyle().set("padding-right", "var(--lumo-space-m)");
        Header header = new Header(bar);
        header.setWidthFull();
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.setId("side-nav");
        nav.getElement().setAttribute("aria-label", "Pages");
        for (MenuEntry entry : menuFor(user)) {
            SideNavItem item = new SideNavItem(entry.title(), entry.path().startsWith("/") ? entry.path().substring(1) : entry.path());
            if (entry.icon() != null && entry.icon().contains(":")) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            nav.addItem(item);
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);

        com.vaadin.flow.dom.Element style = new com.vaadin.flow.dom.Element("style");
        style.setText(SHELL_CSS);
        getElement().appendChild(style);
        // the layout decides between side panel and drawer when it is connected, before these styles arrive; a resize
        // event makes it decide again, with them (a tablet's first page then starts with the drawer closed)
        getElement().executeJs("requestAnimationFrame(() => window.dispatchEvent(new Event('resize')))");

        main.setId("main-content");
        main.addClassName("panel-main");
        setContent(main);
    }

    /**
     * The menu views this person may open (by the same access annotations the router checks), in their order, except
     * that the home pages of the person's own roles come first (an admin sees Administration before the others' homes).
     */
    private static List<MenuEntry> menuFor(SignedInUser user) {
        AccessAnnotationChecker access = new AccessAnnotationChecker();
        return MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> entry.menuClass() == null || access.hasAccess(entry.menuClass()))
                // a hiring manager may open My interviews, but it is an interviewer's home, not a hiring manager's page
                .filter(entry -> RoleHome.shownTo(user, entry.path()))
                .sorted(Comparator.comparing((MenuEntry entry) -> RoleHome.isOwnHome(user, entry.path()) ? 0 : 1)
                        .thenComparing(entry -> entry.order() == null ? Double.MAX_VALUE : entry.order()))
                .toList();
    }

    private static String readShellCss() {
        try (var in = MainLayout.class.getResourceAsStream("shell.css")) {
            return new String(java.util.Objects.requireNonNull(in, "shell.css is missing").readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The route's view goes inside the {@code main} landmark, not straight into the layout's content area. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
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
