package dev.panel.calibration;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The connectedness check of the Rasch design, by union-find over the links each rating makes between its
 * candidate, interviewer and competency. Each pair of facets is checked on its own: the additive model
 * {@code ability - severity - difficulty} cannot separate, say, a group of candidates from the group of
 * interviewers who alone rated them (both could shift together), even when competencies are shared with the
 * rest, so a design is connected only when candidates–interviewers, candidates–competencies and
 * interviewers–competencies each form one linked network. This is a necessary condition of identifiability,
 * as the subset check of Linacre's FACETS is, and it is cheap: O(ratings) with path halving.
 */
final class DesignCheck {

    static final int NAMES_SHOWN = 25;
    static final int SUBSETS_SHOWN = 10;

    private DesignCheck() {
    }

    static Connectedness of(RatingTable table) {
        List<Connectedness.DesignSubset> subsets = new ArrayList<>();
        int hidden = 0;
        int[][] pairs = {{0, 1}, {0, 2}, {1, 2}};
        String[] names = {"candidates and interviewers", "candidates and competencies", "interviewers and competencies"};
        for (int p = 0; p < pairs.length; p++) {
            int[] a = facet(table, pairs[p][0]);
            int[] b = facet(table, pairs[p][1]);
            int offset = count(table, pairs[p][0]);
            int[] parent = new int[offset + count(table, pairs[p][1])];
            for (int i = 0; i < parent.length; i++) {
                parent[i] = i;
            }
            for (int r = 0; r < table.size; r++) {
                union(parent, a[r], offset + b[r]);
            }
            int[] component = new int[table.size];
            int[] ratings = new int[parent.length];
            for (int r = 0; r < table.size; r++) {
                component[r] = find(parent, a[r]);
                ratings[component[r]]++;
            }
            List<Integer> roots = new ArrayList<>();
            for (int i = 0; i < parent.length; i++) {
                if (ratings[i] > 0) {
                    roots.add(i);
                }
            }
            if (roots.size() > 1) {
                roots.sort((x, y) -> ratings[y] != ratings[x] ? Integer.compare(ratings[y], ratings[x]) : Integer.compare(x, y));
                for (int root : roots.subList(0, Math.min(SUBSETS_SHOWN, roots.size()))) {
                    subsets.add(subset(table, names[p], component, root, ratings[root]));
                }
                hidden += Math.max(0, roots.size() - SUBSETS_SHOWN);
            }
        }
        return new Connectedness(subsets.isEmpty(), List.copyOf(subsets), hidden);
    }

    private static Connectedness.DesignSubset subset(RatingTable table, String linkedBy, int[] component, int root, int ratings) {
        TreeSet<String> candidates = new TreeSet<>();
        TreeSet<String> interviewers = new TreeSet<>();
        TreeSet<String> competencies = new TreeSet<>();
        for (int r = 0; r < table.size; r++) {
            if (component[r] == root) {
                candidates.add(table.candidateNames.get(table.candidate[r]));
                interviewers.add(table.interviewerNames.get(table.interviewer[r]));
                competencies.add(table.competencyNames.get(table.competency[r]));
            }
        }
        return new Connectedness.DesignSubset(linkedBy, ratings, candidates.size(), interviewers.size(), competencies.size(),
                first(candidates), first(interviewers), first(competencies));
    }

    private static List<String> first(TreeSet<String> names) {
        return names.stream().limit(NAMES_SHOWN).toList();
    }

    private static int[] facet(RatingTable table, int which) {
        return which == 0 ? table.candidate : which == 1 ? table.interviewer : table.competency;
    }

    private static int count(RatingTable table, int which) {
        return which == 0 ? table.candidates() : which == 1 ? table.interviewers() : table.competencies();
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static void union(int[] parent, int x, int y) {
        int rx = find(parent, x);
        int ry = find(parent, y);
        if (rx != ry) {
            parent[Math.max(rx, ry)] = Math.min(rx, ry);
        }
    }
}
