package dev.panel.app.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import dev.panel.security.CurrentUser;

/**
 * The shape of Panel's own error pages: what happened in a heading, the address that was asked for, and a way back
 * to the person's home page (the address {@code /} sends each person to their role's home, or to sign in).
 */
abstract class ErrorPage extends VerticalLayout implements HasDynamicTitle {

    private final H1 heading = new H1();
    private final Paragraph explanation = new Paragraph();
    private final Anchor home = new Anchor("/", "");

    protected ErrorPage() {
        setMaxWidth("40rem");
        setPadding(true);
        addClassName("error-page");
        // shown without the main layout: the page itself is the main landmark
        getElement().setAttribute("role", "main");
        heading.setId("error-heading");
        explanation.setId("error-explanation");
        home.setId("error-home");
        add(heading, explanation, home);
    }

    /** Fills the page in: its heading, and what to say about the address. */
    protected void show(String title, String text) {
        heading.setText(title);
        explanation.setText(text);
        home.setText(CurrentUser.get().isPresent() ? "Go to your home page" : "Go to the sign-in page");
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " · Panel";
    }

    /** The address as the person typed it, without the leading slash Vaadin leaves off. */
    protected static String address(String path) {
        return "/" + path;
    }
}
