package dev.panel.question.api;

import dev.panel.question.QuestionDraft;
import dev.panel.question.QuestionFilter;
import dev.panel.question.QuestionKind;
import dev.panel.question.QuestionLevel;
import dev.panel.question.QuestionService;
import dev.panel.question.QuestionView;
import dev.panel.security.ApiCaller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;

import java.net.URI;
import java.util.List;

/** The question bank: anyone signed in searches and reads it; hiring managers add and change questions. */
@Controller("/api/questions")
@Secured(SecurityRule.IS_AUTHENTICATED)
class QuestionController {

    private final QuestionService questions;

    QuestionController(QuestionService questions) {
        this.questions = questions;
    }

    /** One page of the questions that match every filter given; {@code total} counts all matches. */
    @Get("{?role,competency,kind,level,text,offset,limit}")
    QuestionPage search(@Nullable Long role, @Nullable Long competency, @Nullable String kind, @Nullable String level,
                        @Nullable String text, @QueryValue(defaultValue = "0") int offset,
                        @QueryValue(defaultValue = "50") int limit) {
        QuestionFilter filter = new QuestionFilter(role, competency, QuestionKind.named(kind), QuestionLevel.named(level), text);
        List<QuestionView> items = questions.page(filter, offset, limit);
        return new QuestionPage(questions.count(filter), offset, limit, items);
    }

    @Get("/{id}")
    QuestionView get(long id) {
        return questions.get(id);
    }

    @Post
    HttpResponse<QuestionView> create(@Body @Valid QuestionDraft draft, Authentication authentication) {
        QuestionView created = questions.create(ApiCaller.actor(authentication), draft);
        return HttpResponse.created(created, URI.create("/api/questions/" + created.question().id()));
    }

    /** {@code version} in the body is the version edited; a stale one is refused with 409. */
    @Put("/{id}")
    QuestionView update(long id, @Body @Valid QuestionDraft draft, Authentication authentication) {
        return questions.update(ApiCaller.actor(authentication), id, draft);
    }

    @Serdeable
    record QuestionPage(long total, int offset, int limit, List<QuestionView> items) {
    }
}
