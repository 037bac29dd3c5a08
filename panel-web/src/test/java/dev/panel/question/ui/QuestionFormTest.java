package dev.panel.question.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import dev.panel.competency.Competency;
import dev.panel.competency.CompetencyView;
import dev.panel.competency.RubricVersion;
import dev.panel.question.QuestionDraft;
import dev.panel.question.QuestionKind;
import dev.panel.question.QuestionLevel;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The question form without a server: fill it in, press save, look at what it hands over. */
class QuestionFormTest {

    static final CompetencyView RELIABILITY = new CompetencyView(
            new Competency(7L, "reliability", "Reliability and operations", "Keeps production healthy.", Instant.now(), 0L),
            new RubricVersion(70L, 7L, 1, List.of(), "panel", Instant.now()));

    QuestionForm form = new QuestionForm(List.of(RELIABILITY), List.of());
    List<QuestionForm.QuestionBean> saved = new ArrayList<>();

    QuestionFormTest() {
        form.addSaveListener(e -> saved.add(e.bean()));
    }

    @Test
    void a_complete_form_saves_a_draft_with_one_probe_per_line() {
        form.text.setValue("Walk me through the last incident you led.");
        form.kind.setValue(QuestionKind.BEHAVIOURAL);
        form.level.setValue(QuestionLevel.INTERMEDIATE);
        form.competencies.setValue(Set.of(RELIABILITY));
        form.signal.setValue("Calm command and a blameless review.");
        form.probes.setValue("Who did what?\n\n  What changed afterwards?  ");
        form.minutes.setValue(12);

        form.save.click();

        assertThat(saved).hasSize(1);
        QuestionDraft draft = saved.get(0).draft();
        assertThat(draft.text()).isEqualTo("Walk me through the last incident you led.");
        assertThat(draft.competencyIds()).containsExactly(7L);
        assertThat(draft.probes()).containsExactly("Who did what?", "What changed afterwards?");
        assertThat(draft.minutes()).isEqualTo(12);
        assertThat(draft.version()).isNull();
    }

    @Test
    void a_form_without_text_or_competency_is_not_saved_and_says_why_in_place() {
        form.kind.setValue(QuestionKind.TECHNICAL);
        form.level.setValue(QuestionLevel.FOUNDATIONAL);
        form.minutes.setValue(500);

        form.save.click();

        assertThat(saved).isEmpty();
        assertThat(form.text.isInvalid()).isTrue();
        assertThat(form.text.getErrorMessage()).isEqualTo("Write the question as the interviewer asks it.");
        assertThat(form.competencies.isInvalid()).isTrue();
        assertThat(form.minutes.isInvalid()).isTrue();
        assertThat(form.minutes.getErrorMessage()).isEqualTo("1 to 120 minutes.");
    }

    @Test
    void a_web_or_mail_source_is_a_link_and_any_other_scheme_is_plain_text() {
        form.source.setValue("https://example.org/interview-questions");
        assertThat(form.sourceLink.getChildren().toList()).singleElement().isInstanceOfSatisfying(Anchor.class, link -> {
            assertThat(link.getHref()).isEqualTo("https://example.org/interview-questions");
            assertThat(link.getElement().getAttribute("rel")).contains("noopener").contains("noreferrer");
        });
        form.source.setValue("mailto:recruiting@example.org");
        assertThat(form.sourceLink.getChildren().toList()).singleElement().isInstanceOf(Anchor.class);

        for (String unsafe : List.of("javascript:window.__xss=1", "data:text/html,<script>window.__xss=1</script>", "vbscript:x",
                "//evil.example/q", "Written for Panel")) {
            form.source.setValue(unsafe);
            assertThat(form.sourceLink.getChildren().toList()).as(unsafe).singleElement().isInstanceOfSatisfying(Span.class,
                    text -> assertThat(text.getText()).isEqualTo(unsafe));
            assertThat(form.sourceLink.getElement().getOuterHTML()).as(unsafe).doesNotContain("href");
        }
    }
}
