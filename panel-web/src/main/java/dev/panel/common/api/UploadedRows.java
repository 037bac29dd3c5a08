package dev.panel.common.api;

import dev.panel.reports.xlsx.SafeXlsx;
import dev.panel.reports.xlsx.SheetAsCsv;
import io.micronaut.http.HttpRequest;
import io.micronaut.servlet.http.ServletHttpRequest;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * The body of an upload of rows (ratings, outcomes), as CSV text to read: a CSV body streamed from the servlet
 * request (Micronaut binds no {@code text/csv} body to a stream), or the first sheet of an xlsx body within the
 * upload limits, turned into CSV with the spreadsheet's row numbers.
 */
public final class UploadedRows {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private UploadedRows() {
    }

    /** The CSV body, UTF-8; the caller closes it. */
    public static Reader csv(HttpRequest<?> request) throws IOException {
        return new InputStreamReader(servlet(request).getInputStream(), StandardCharsets.UTF_8);
    }

    /** The first sheet of the xlsx body as CSV, refused (400) past {@code limits}. */
    public static Reader xlsx(HttpRequest<?> request, SafeXlsx.Limits limits) throws IOException {
        byte[] file = servlet(request).getInputStream().readNBytes(limits.maxBytes() + 1);
        return new StringReader(SheetAsCsv.firstSheet(file, limits));
    }

    private static ServletHttpRequest<?, ?> servlet(HttpRequest<?> request) {
        if (!(request instanceof ServletHttpRequest<?, ?> servlet)) {
            throw new IllegalStateException("Panel serves its API through the servlet engine");
        }
        return servlet;
    }
}
