package dev.panel.xlsx;

/**
 * One column of a streamed sheet: its title and what its cells hold. Values given for a row are read by kind:
 * {@code TEXT} takes any object (its {@code toString()}), {@code NUMBER}, {@code DECIMAL} and {@code PERCENT} a {@link Number}, {@code DATE_TIME} an
 * {@link java.time.Instant} (shown in the workbook's zone, which the header names after the title), {@code DATE} a {@link java.time.LocalDate}; null leaves the cell empty.
 *
 * @param maxWidth the widest the column is fitted to, in characters (long text beyond it is still all there)
 */
public record Column(String title, Kind kind, int maxWidth) {

    public enum Kind { TEXT, NUMBER, DECIMAL, PERCENT, DATE_TIME, DATE }

    public static final int DEFAULT_MAX_WIDTH = 40;

    public static Column text(String title) {
        return new Column(title, Kind.TEXT, DEFAULT_MAX_WIDTH);
    }

    /** Text that may run long (notes, evidence): fitted to at most {@code maxWidth} characters. */
    public static Column longText(String title, int maxWidth) {
        return new Column(title, Kind.TEXT, maxWidth);
    }

    /** Whole numbers. */
    public static Column number(String title) {
        return new Column(title, Kind.NUMBER, DEFAULT_MAX_WIDTH);
    }

    /** Numbers shown with two decimals. */
    public static Column decimal(String title) {
        return new Column(title, Kind.DECIMAL, DEFAULT_MAX_WIDTH);
    }

    /** Shares, shown as whole percentages. */
    public static Column percent(String title) {
        return new Column(title, Kind.PERCENT, DEFAULT_MAX_WIDTH);
    }

    public static Column dateTime(String title) {
        return new Column(title, Kind.DATE_TIME, DEFAULT_MAX_WIDTH);
    }

    public static Column date(String title) {
        return new Column(title, Kind.DATE, DEFAULT_MAX_WIDTH);
    }
}
