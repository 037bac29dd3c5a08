package dev.panel.app.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.panel.security.CurrentUser;

/** The common shape of a role's home page: a heading, what the role does here, and what is ready today. */
abstract class HomePage extends VerticalLayout {

    protected HomePage(String heading, String purpose) {
        setMaxWidth("60rem");
        setPadding(true);
        H1 title = new H1(heading);
        title.setId("home-heading");
        add(title);
        add(new Paragraph("Signed in as " + CurrentUser.require().displayName() + ". " + purpose));
    }

    /** A page this role uses, by its route (named, not imported: the shell does not reach into the features' views). */
    protected record Tool(String route, String text) {
    }

    /** The pages this role works on, as links: each one opens for the role (ShellBrowserIT follows every one). */
    protected void tools(Tool... tools) {
        UnorderedList list = new UnorderedList();
        for (Tool tool : tools) {
            Anchor link = new Anchor("/" + tool.route(), tool.text());
            // navigated inside the running page, like the side navigation, not by loading it anew
            link.getElement().setAttribute("router-link", true);
            list.add(new ListItem(link));
        }
        list.setId("home-tools");
        add(list);
    }

    /** Says plainly which of this role's tools are not built yet. */
    protected void comingNext(String... tools) {
        add(new H2("Not built yet"));
        UnorderedList list = new UnorderedList();
        for (String tool : tools) {
            list.add(new ListItem(tool));
        }
        list.setId("not-built-yet");
        add(list);
    }
}
