package dev.panel.question.api;

import dev.panel.question.xlsx.QuestionWorkbook;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** The whole question bank as an xlsx file, every field, for anyone who may read the bank. */
@Controller("/api/questions/export")
@Secured(SecurityRule.IS_AUTHENTICATED)
class QuestionExportController {

    private final QuestionWorkbook workbook;

    QuestionExportController(QuestionWorkbook workbook) {
        this.workbook = workbook;
    }

    @Get(produces = QuestionImportController.XLSX)
    HttpResponse<byte[]> export() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.export(out);
        return HttpResponse.ok(out.toByteArray()).header("Content-Disposition", "attachment; filename=\"question-bank.xlsx\"");
    }
}
