package dev.panel.ratings.api;

import dev.panel.common.api.UploadedRows;
import dev.panel.ratings.RatingDataset;
import dev.panel.ratings.RatingImportService;
import dev.panel.ratings.RatingService;
import dev.panel.reports.xlsx.SheetAsCsv;
import dev.panel.security.ApiCaller;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.io.IOException;
import java.io.Reader;
import java.util.List;

/** Historical ratings from other tools: a CSV file in, a named dataset out (hiring managers, recruiters, admins). */
@Controller("/api/ratings")
@Secured(SecurityRule.IS_AUTHENTICATED)
class RatingImportController {

    static final String CSV = UploadedRows.CSV;
    static final String XLSX = UploadedRows.XLSX;

    private final RatingImportService imports;
    private final RatingService ratings;

    RatingImportController(RatingImportService imports, RatingService ratings) {
        this.imports = imports;
        this.ratings = ratings;
    }

    /**
     * The body is the CSV itself (UTF-8), read row by row from the request's stream (Micronaut binds no
     * {@code text/csv} body to a stream, so the servlet request's own is used). The answer is 201, or 400 listing
     * every bad row, or 409 for a taken name.
     */
    @Post("/import")
    @Consumes(CSV)
    HttpResponse<Imported> importCsv(@QueryValue @Nullable String dataset, HttpRequest<?> request, Authentication authentication)
            throws IOException {
        try (Reader csv = UploadedRows.csv(request)) {
            RatingDataset stored = imports.importCsv(ApiCaller.actor(authentication), dataset, csv);
            return HttpResponse.created(new Imported(stored.name(), stored.ratingCount()));
        }
    }

    /**
     * The same import from an xlsx spreadsheet (the body is the file): its first sheet, read with the upload limits
     * of {@link SheetAsCsv#RATINGS}, is checked and stored exactly as a CSV file would be, row numbers included.
     */
    @Post("/import")
    @Consumes(XLSX)
    HttpResponse<Imported> importXlsx(@QueryValue @Nullable String dataset, HttpRequest<?> request, Authentication authentication)
            throws IOException {
        RatingDataset stored = imports.importCsv(ApiCaller.actor(authentication), dataset, UploadedRows.xlsx(request, SheetAsCsv.RATINGS));
        return HttpResponse.created(new Imported(stored.name(), stored.ratingCount()));
    }

    @Get("/datasets")
    List<RatingDataset> datasets(Authentication authentication) {
        return ratings.datasets(ApiCaller.actor(authentication));
    }

    @Serdeable
    record Imported(String dataset, int ratings) {
    }
}
