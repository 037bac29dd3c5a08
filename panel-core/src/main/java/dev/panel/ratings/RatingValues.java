package dev.panel.ratings;

import dev.panel.scorecard.Recommendation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads the values of an import row (ratings, outcomes) that are more than text; each adds to {@code wrong} what is wrong with its value. */
public final class RatingValues {

    static final int DEFAULT_SCALE = 4;
    static final int MAX_SCALE = 10;

    private RatingValues() {
    }

    static int scale(String value, List<String> wrong) {
        if (value.isEmpty()) {
            return DEFAULT_SCALE;
        }
        Integer scale = wholeNumber(value);
        if (scale == null || scale < 2 || scale > MAX_SCALE) {
            wrong.add("scale '" + value + "' is not a whole number from 2 to " + MAX_SCALE);
            return DEFAULT_SCALE;
        }
        return scale;
    }

    public static int rating(String value, int scale, List<String> wrong) {
        if (value.isEmpty()) {
            wrong.add("rating is empty");
            return 0;
        }
        Integer rating = wholeNumber(value);
        if (rating == null) {
            wrong.add("rating '" + value + "' is not a whole number");
            return 0;
        }
        if (rating < 1 || rating > scale) {
            wrong.add("rating " + rating + " is off the scale of 1 to " + scale);
        }
        return rating;
    }

    /** "3" and "3.0" (as spreadsheets save whole numbers) are 3; anything else is not a whole number. */
    public static Integer wholeNumber(String value) {
        try {
            BigDecimal number = new BigDecimal(value);
            return number.stripTrailingZeros().scale() <= 0 ? number.intValueExact() : null;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** An ISO date (2024-03-31, taken as midnight UTC), or an ISO date and time with or without an offset (UTC assumed). */
    public static Instant date(String value, List<String> wrong) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            if (value.length() <= 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(value).toInstant();
            }
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            wrong.add("date '" + value + "' is not an ISO date such as 2024-03-31");
            return null;
        }
    }

    /** Panel's four recommendations, by name or label, and the hire/no-hire words other tools use for them. */
    static Recommendation recommendation(String value, List<String> wrong) {
        if (value.isEmpty()) {
            return null;
        }
        String words = value.toLowerCase(Locale.ROOT).replaceAll("[_\\-\\s]+", " ").strip();
        Recommendation found = switch (words) {
            case "strong no", "strong no hire", "definitely not" -> Recommendation.STRONG_NO;
            case "no", "no hire", "lean no" -> Recommendation.NO;
            case "yes", "hire", "lean yes" -> Recommendation.YES;
            case "strong yes", "strong hire", "definitely" -> Recommendation.STRONG_YES;
            default -> null;
        };
        if (found == null) {
            wrong.add("recommendation '" + value + "' is not one of " + Arrays.stream(Recommendation.values())
                    .map(Recommendation::label).collect(Collectors.joining(", ")) + " (or hire, no hire, strong hire, strong no hire)");
        }
        return found;
    }
}
