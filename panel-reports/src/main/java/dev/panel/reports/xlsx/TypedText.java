package dev.panel.reports.xlsx;

import dev.panel.xlsx.FormulaGuard;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * Writes text a person typed so that a spreadsheet program never runs it as a formula ("=HYPERLINK(…)",
 * "+1…", "-…", "@…"): such cells get a quote-prefixed style, which shows and keeps the text exactly as typed
 * (OWASP, "CSV Injection"; the same trigger characters apply when a cell is edited in Excel).
 */
public final class TypedText {

    private final CellStyle plain;
    private final CellStyle quoted;

    /** Both styles are made once per workbook by the caller. */
    public TypedText(CellStyle plain, CellStyle quoted) {
        this.plain = plain;
        this.quoted = quoted;
        quoted.setQuotePrefixed(true);
    }

    public void write(Cell cell, String text) {
        if (text == null) {
            return;
        }
        cell.setCellValue(text);
        cell.setCellStyle(startsLikeFormula(text) ? quoted : plain);
    }

    /** The one rule of {@link FormulaGuard}, so that the question sheet and the reports never disagree (a leading LF too). */
    static boolean startsLikeFormula(String text) {
        return FormulaGuard.couldStartAFormula(text);
    }
}
