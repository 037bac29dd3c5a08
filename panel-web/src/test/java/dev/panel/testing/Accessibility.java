package dev.panel.testing;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Deque's axe-core run on the page a {@link Browser} shows, with the rules of WCAG 2.1 levels A and AA.
 * {@link #check} fails on any critical or serious violation and prints how many moderate and minor ones remain:
 * <pre>
 * browser.open("/library/plans");
 * Accessibility.check(browser, "Plans");
 * </pre>
 */
public final class Accessibility {

    /** The axe tags of WCAG 2.0 and 2.1, levels A and AA. */
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /**
     * What is run: WCAG 2.1 A and AA, and axe's best practices, which hold the landmark rules (content in a {@code main}
     * landmark, all content in some landmark) that WCAG's own tags leave out.
     */
    public static final List<String> RULES = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    private Accessibility() {
    }

    /** What axe found on one page, by impact. */
    public record Report(String page, List<Rule> violations) {

        public long count(String impact) {
            return violations.stream().filter(rule -> impact.equals(rule.getImpact()))
                    .mapToLong(rule -> rule.getNodes().size()).sum();
        }

        public long critical() {
            return count("critical");
        }

        public long serious() {
            return count("serious");
        }

        public long moderate() {
            return count("moderate");
        }

        public long minor() {
            return count("minor");
        }

        /** The violations of these impacts, one line each: rule id, what it asks for, and the selectors of the nodes. */
        public String describe(String... impacts) {
            List<String> wanted = List.of(impacts);
            return violations.stream().filter(rule -> wanted.contains(rule.getImpact()))
                    .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                            + rule.getNodes().stream().map(Accessibility::selector).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n  ", "  ", ""));
        }

        /** One line for the test's output: the counts, and which rules the moderate and minor ones break. */
        public String summary() {
            String rest = violations.stream().filter(rule -> List.of("moderate", "minor").contains(rule.getImpact()))
                    .map(rule -> rule.getId() + " (" + rule.getNodes().size() + ")").collect(Collectors.joining(", "));
            return String.format("axe %-28s critical %d, serious %d, moderate %d, minor %d%s", page, critical(), serious(), moderate(),
                    minor(), rest.isEmpty() ? "" : " · " + rest);
        }
    }

    /** Runs axe on the page as it is now (after Vaadin has finished drawing it) and reports, failing on nothing. */
    public static Report measure(Browser browser, String page) {
        browser.waitForVaadin();
        Results results = new AxeBuilder().withTags(RULES).analyze(browser.driver());
        if (results.isErrored()) {
            throw new AssertionError("axe could not check " + page + ": " + results.getErrorMessage());
        }
        Report report = new Report(page, results.getViolations());
        System.out.println(report.summary());
        return report;
    }

    /** Runs axe on the page and fails when anything critical or serious is found, naming each rule and node. */
    public static Report check(Browser browser, String page) {
        Report report = measure(browser, page);
        if (report.critical() + report.serious() > 0) {
            browser.screenshot("axe-" + page.replaceAll("[^A-Za-z0-9]+", "-"));
            throw new AssertionError("axe found " + report.critical() + " critical and " + report.serious() + " serious violations on "
                    + page + " (" + browser.path() + "):\n" + report.describe("critical", "serious"));
        }
        return report;
    }

    private static String selector(CheckedNode node) {
        return String.valueOf(node.getTarget());
    }
}
