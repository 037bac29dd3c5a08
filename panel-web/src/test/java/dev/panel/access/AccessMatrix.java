package dev.panel.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The expected access of every REST endpoint and Vaadin route, read from {@code access-matrix.csv} (beside this
 * class in the test resources): one row per endpoint or route, one column per {@link Principal}, each cell
 * {@code allow}, {@code deny} (401 for anonymous callers, 403 or the login page / access denied otherwise) or
 * {@code hidden} (404: nothing at that id the caller may see). REST rows also give the status an allowed call
 * answers ({@code answer}): 2xx, or 400/409 for a request that is deliberately incomplete or stale, which shows the
 * gate let it through to the service's own checks.
 */
final class AccessMatrix {

    enum Access { ALLOW, DENY, HIDDEN }

    /** One row: {@code surface} is {@code rest} or {@code view}; {@code key} is "METHOD /path" or "VIEW /route". */
    record Row(String surface, String key, int answer, Map<Principal, Access> access) {
        Access of(Principal principal) {
            return access.get(principal);
        }
    }

    private final Map<String, Row> rows;

    private AccessMatrix(Map<String, Row> rows) {
        this.rows = rows;
    }

    static AccessMatrix load() {
        try (InputStream in = AccessMatrix.class.getResourceAsStream("access-matrix.csv")) {
            if (in == null) {
                throw new IllegalStateException("access-matrix.csv is missing beside " + AccessMatrix.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            String[] header = lines.get(0).split(",");
            Map<String, Row> rows = new LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                if (cells.length != header.length) {
                    throw new IllegalStateException("access-matrix.csv: this row has " + cells.length + " cells, the header "
                            + header.length + ": " + line);
                }
                Map<Principal, Access> access = new EnumMap<>(Principal.class);
                for (int i = 4; i < header.length; i++) {
                    access.put(Principal.ofColumn(header[i].strip()), Access.valueOf(cells[i].strip().toUpperCase()));
                }
                String key = cells[1].strip() + " " + cells[2].strip();
                int answer = cells[3].isBlank() ? 0 : Integer.parseInt(cells[3].strip());
                if (rows.put(key, new Row(cells[0].strip(), key, answer, access)) != null) {
                    throw new IllegalStateException("access-matrix.csv lists " + key + " twice");
                }
            }
            return new AccessMatrix(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Row> rows(String surface) {
        return rows.values().stream().filter(r -> r.surface().equals(surface)).toList();
    }

    /**
     * What differs between the endpoints or routes found at run time and the matrix's rows of that surface, as
     * sentences naming each one; empty when they agree.
     */
    List<String> differences(String surface, Collection<String> found) {
        Set<String> listed = new TreeSet<>(rows(surface).stream().map(Row::key).toList());
        Set<String> running = new TreeSet<>(found);
        List<String> problems = new ArrayList<>();
        running.stream().filter(k -> !listed.contains(k))
                .forEach(k -> problems.add(k + " exists but access-matrix.csv does not list it: add a row saying who may use it"));
        listed.stream().filter(k -> !running.contains(k))
                .forEach(k -> problems.add(k + " is listed in access-matrix.csv but no longer exists: remove its row"));
        return problems;
    }
}
