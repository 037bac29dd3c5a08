package dev.panel.question.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.panel.common.SafeUrl;

/**
 * Where a question came from, under its source field: a link when the text is an http, https or mailto URL
 * (see {@link SafeUrl}), opened in a new tab without telling the other site where from; otherwise the text itself.
 */
class SourceLink extends Div {

    SourceLink() {
        setId("question-source-link");
        getStyle().set("font-size", "var(--lumo-font-size-s)").set("overflow-wrap", "anywhere");
    }

    void show(String source) {
        removeAll();
        if (source == null || source.isBlank()) {
            return;
        }
        SafeUrl.of(source).ifPresentOrElse(url -> {
            Anchor link = new Anchor(url, url, AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            add(link);
        }, () -> add(new Span(source)));
    }
}
