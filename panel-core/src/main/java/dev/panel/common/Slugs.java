package dev.panel.common;

import java.text.Normalizer;
import java.util.Locale;

/** Stable, readable identifiers made from names: "Reliability & operations" becomes "reliability-operations". */
public final class Slugs {

    private Slugs() {
    }

    public static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 64) {
            slug = slug.substring(0, 64).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "item" : slug;
    }
}
