package dev.panel.outcome.api;

import dev.panel.common.api.UploadedRows;
import dev.panel.outcome.OutcomeImportService;
import dev.panel.reports.xlsx.SheetAsCsv;
import dev.panel.security.ApiCaller;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;

import java.io.IOException;
import java.io.Reader;

/**
 * Hires' outcomes from a file: CSV, or the first sheet of an xlsx spreadsheet, read as the ratings import reads its
 * files. 201 with the count, or 400 listing every bad row (and nothing stored).
 */
@Controller("/api/outcomes/import")
@Secured(SecurityRule.IS_AUTHENTICATED)
class OutcomeImportController {

    private final OutcomeImportService imports;

    OutcomeImportController(OutcomeImportService imports) {
        this.imports = imports;
    }

    @Post
    @Consumes(UploadedRows.CSV)
    HttpResponse<OutcomeImportService.Imported> importCsv(HttpRequest<?> request, Authentication authentication) throws IOException {
        try (Reader csv = UploadedRows.csv(request)) {
            return HttpResponse.created(imports.importCsv(ApiCaller.actor(authentication), csv));
        }
    }

    @Post
    @Consumes(UploadedRows.XLSX)
    HttpResponse<OutcomeImportService.Imported> importXlsx(HttpRequest<?> request, Authentication authentication) throws IOException {
        return HttpResponse.created(imports.importCsv(ApiCaller.actor(authentication), UploadedRows.xlsx(request, SheetAsCsv.RATINGS)));
    }
}
