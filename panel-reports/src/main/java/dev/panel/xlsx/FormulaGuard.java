package dev.panel.xlsx;

/**
 * The one place that decides whether a text cell could be taken for a formula (OWASP, "CSV Injection": a cell
 * starting with {@code =}, {@code +}, {@code -} or {@code @}, or with a tab, carriage return or line feed).
 * <p>
 * Such a cell is written as text with the cell style's <em>quote prefix</em> on ({@code quotePrefix="1"},
 * ECMA-376 Part 1, 18.8.45), which is what Excel itself records when a person types a leading apostrophe: the
 * cell shows and holds exactly what was written, and Excel keeps it as text even when it is edited and entered
 * again. Prefixing the value with an apostrophe instead would change the data (names and evidence would read
 * back with a stray quote) for the same protection inside the workbook.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    public static boolean couldStartAFormula(CharSequence text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' || first == '\n';
    }
}
