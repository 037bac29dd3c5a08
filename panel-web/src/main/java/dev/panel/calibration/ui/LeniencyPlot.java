package dev.panel.calibration.ui;

import com.vaadin.flow.component.Html;
import dev.panel.calibration.CalibrationResult.InterviewerStats;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Interviewer leniency as a diverging bar chart drawn in SVG: one row per interviewer, harshest first, a bar from
 * zero to their shrunk leniency (points of the scale; right = rates higher than their co-panelists), the
 * unshrunk value as a tick. Written by hand because Vaadin's chart component is commercial and the plot is a few
 * rectangles; every name is escaped, since interviewers' names are typed by people.
 */
final class LeniencyPlot {

    static final int ROW = 22;
    static final int LABEL = 220;
    static final int PLOT = 520;
    static final int VALUE = 70;

    private LeniencyPlot() {
    }

    static Html of(List<InterviewerStats> interviewers) {
        List<InterviewerStats> rows = interviewers.stream().filter(i -> !Double.isNaN(i.leniencyShrunk()))
                .sorted(Comparator.comparingDouble(InterviewerStats::leniencyShrunk)).toList();
        double reach = Math.max(0.5, rows.stream().mapToDouble(i -> Math.max(Math.abs(i.leniency()), Math.abs(i.leniencyShrunk())))
                .filter(d -> !Double.isNaN(d)).max().orElse(0.5));
        int height = ROW * rows.size() + 30;
        int width = LABEL + PLOT + VALUE;
        double zero = LABEL + PLOT / 2.0;
        double scale = (PLOT / 2.0 - 10) / reach;
        StringBuilder svg = new StringBuilder();
        svg.append("<div class=\"leniency-plot\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" style=\"font: 13px var(--lumo-font-family); max-width: 100%\">")
                .append("<title>Leniency per interviewer, in points of the scale, after shrinkage</title>")
                .append("<desc>").append(escape(description(rows))).append("</desc>");
        for (int i = 0; i < rows.size(); i++) {
            InterviewerStats row = rows.get(i);
            double y = i * ROW + 4;
            double end = zero + row.leniencyShrunk() * scale;
            String colour = row.leniencyShrunk() >= 0 ? "var(--lumo-success-color)" : "var(--lumo-error-color)";
            svg.append("<g class=\"leniency-row\" data-name=\"").append(escape(row.name())).append("\" data-value=\"")
                    .append(number(row.leniencyShrunk(), 3)).append("\">");
            svg.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + 14).append("\" text-anchor=\"end\" fill=\"currentColor\">")
                    .append(escape(shorten(row.name()))).append(" (").append(row.coRated()).append(")</text>");
            svg.append("<rect x=\"").append(number(Math.min(zero, end), 1)).append("\" y=\"").append(y + 3).append("\" width=\"")
                    .append(number(Math.abs(end - zero), 1)).append("\" height=\"").append(ROW - 8).append("\" fill=\"").append(colour)
                    .append("\" opacity=\"0.75\"/>");
            if (!Double.isNaN(row.leniency())) {
                double tick = zero + row.leniency() * scale;
                svg.append("<line x1=\"").append(number(tick, 1)).append("\" x2=\"").append(number(tick, 1)).append("\" y1=\"").append(y + 1)
                        .append("\" y2=\"").append(y + ROW - 3).append("\" stroke=\"currentColor\" stroke-width=\"2\"/>");
            }
            svg.append("<text x=\"").append(LABEL + PLOT + 6).append("\" y=\"").append(y + 14).append("\" fill=\"currentColor\">")
                    .append(signed(row.leniencyShrunk())).append("</text></g>");
        }
        svg.append("<line x1=\"").append(number(zero, 1)).append("\" x2=\"").append(number(zero, 1)).append("\" y1=\"0\" y2=\"")
                .append(height - 26).append("\" stroke=\"currentColor\" stroke-opacity=\"0.5\"/>");
        svg.append("<text x=\"").append(LABEL).append("\" y=\"").append(height - 8).append("\" fill=\"currentColor\" opacity=\"0.7\">harsher</text>");
        svg.append("<text x=\"").append(LABEL + PLOT).append("\" y=\"").append(height - 8)
                .append("\" text-anchor=\"end\" fill=\"currentColor\" opacity=\"0.7\">more lenient</text>");
        svg.append("</svg></div>");
        return new Html(svg.toString());
    }

    /** The plot in words, for screen readers (the picture is one image to them): each interviewer, harsher first. */
    static String description(List<InterviewerStats> rows) {
        StringBuilder text = new StringBuilder();
        for (InterviewerStats row : rows) {
            text.append(text.length() == 0 ? "" : "; ").append(row.name()).append(": ").append(signed(row.leniencyShrunk()))
                    .append(row.leniencyShrunk() < 0 ? " (harsher)" : row.leniencyShrunk() > 0 ? " (more lenient)" : "")
                    .append(", ").append(row.coRated()).append(" co-rated");
        }
        return text.length() == 0 ? "No interviewer has co-rated candidates yet." : text.append('.').toString();
    }

    static String signed(double value) {
        return (value > 0 ? "+" : "") + number(value, 2);
    }

    private static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String shorten(String name) {
        return name.length() <= 28 ? name : name.substring(0, 27) + "…";
    }

    /** Text and attribute values in SVG markup: the five characters XML gives meaning to. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
