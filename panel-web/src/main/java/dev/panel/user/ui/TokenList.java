package dev.panel.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.panel.common.PanelException;
import dev.panel.user.Actor;
import dev.panel.user.ApiToken;
import dev.panel.user.ApiTokenService;
import dev.panel.security.ReaderTime;

import java.time.Duration;

/** The API tokens a person holds: named, with their expiry, made here (the token shown once) and revoked one by one. */
class TokenList extends VerticalLayout {

    private final ApiTokenService tokens;
    private final Actor me;
    private final ReaderTime reader = ReaderTime.current();
    private final Grid<ApiToken> grid = new Grid<>();

    TokenList(ApiTokenService tokens, Actor me) {
        this.tokens = tokens;
        this.me = me;
        setPadding(false);
        grid.setId("me-tokens");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(t -> t.name() == null ? "(signed in through POST /api/tokens)" : t.name()).setHeader("Name").setFlexGrow(1);
        grid.addColumn(t -> reader.moment(t.createdAt())).setHeader("Made").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> reader.moment(t.expiresAt())).setHeader("Expires").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(t -> {
            Button revoke = new Button("Revoke", e -> revoke(t));
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            revoke.getElement().setAttribute("aria-label", "Revoke " + (t.name() == null ? "token " + t.id() : t.name()));
            return revoke;
        }).setAutoWidth(true).setFlexGrow(0);

        TextField name = new TextField("New token's name");
        name.setId("me-token-name");
        name.setPlaceholder("e.g. weekly export script");
        name.setMaxLength(ApiTokenService.NAME_LIMIT);
        Select<Integer> days = new Select<>();
        days.setId("me-token-days");
        days.setLabel("Valid for");
        days.setItems(7, 30, 90, 365);
        days.setItemLabelGenerator(d -> d + " days");
        days.setValue(30);
        Button make = new Button("Make token", e -> make(name, days.getValue()));
        make.setId("me-make-token");
        HorizontalLayout form = new HorizontalLayout(name, days, make);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");
        add(grid, form);
        refresh();
    }

    private void make(TextField name, int days) {
        try {
            ApiTokenService.IssuedToken issued = tokens.issueNamed(me, name.getValue(), Duration.ofDays(days));
            name.clear();
            refresh();
            Dialog shown = new Dialog();
            shown.setHeaderTitle("Your new token");
            TextField value = new TextField("Token");
            value.setId("me-new-token");
            value.setValue(issued.token());
            value.setReadOnly(true);
            value.setWidthFull();
            shown.add(new Paragraph("Copy it now: Panel keeps only its hash and cannot show it again. Send it as "
                    + "'Authorization: Bearer <token>'."), value);
            shown.setWidth("min(40rem, 95vw)");
            shown.getFooter().add(new Button("Done", e -> shown.close()));
            shown.open();
        } catch (PanelException refused) {
            Notification.show(AccountForm.withoutField(refused.getMessage()), 8000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void revoke(ApiToken token) {
        try {
            tokens.revoke(me, token.id());
        } catch (PanelException alreadyGone) {
            // revoked in another tab, or expired: the list below says what is left
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(tokens.heldBy(me));
    }
}
