package dev.panel.question.api;

import dev.panel.question.ImportPreview;
import dev.panel.question.ImportRequest;
import dev.panel.question.ImportResult;
import dev.panel.question.QuestionImportService;
import dev.panel.question.xlsx.QuestionWorkbook;
import dev.panel.security.ApiCaller;
import dev.panel.user.Actor;
import dev.panel.user.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

/**
 * Question import for hiring managers: pasted text in, a preview out; a reviewed list in, added to a role;
 * or a spreadsheet of the bank's layout (as {@code GET /api/questions/export} writes it) added at once.
 * Bodies are limited to 2 MB by the API body filter, which is also the spreadsheet limit.
 */
@Controller("/api/question-imports")
@Secured(SecurityRule.IS_AUTHENTICATED)
class QuestionImportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final QuestionImportService imports;
    private final QuestionWorkbook workbook;

    QuestionImportController(QuestionImportService imports, QuestionWorkbook workbook) {
        this.imports = imports;
        this.workbook = workbook;
    }

    @Post(value = "/preview", consumes = MediaType.TEXT_PLAIN)
    ImportPreview preview(@Body @Nullable String text, Authentication authentication) {
        return imports.preview(ApiCaller.actor(authentication), text);
    }

    @Post
    ImportResult importQuestions(@Body ImportRequest request, Authentication authentication) {
        return imports.importQuestions(ApiCaller.actor(authentication), request);
    }

    /** A spreadsheet in the export's layout; rows repeating a bank question are skipped unless {@code includeDuplicates}. */
    @Post(value = "/xlsx{?includeDuplicates}", consumes = XLSX)
    ImportResult importSpreadsheet(@Body byte[] xlsx, @QueryValue(defaultValue = "false") boolean includeDuplicates,
                                   Authentication authentication) {
        Actor actor = ApiCaller.actor(authentication);
        // refuse before reading the file, not after
        actor.require("import questions", Role.HIRING_MANAGER);
        return imports.importDrafts(actor, workbook.read(xlsx), includeDuplicates, "spreadsheet upload");
    }
}
