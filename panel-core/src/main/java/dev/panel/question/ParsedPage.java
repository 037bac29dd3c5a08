package dev.panel.question;

import java.util.List;

/** What the parser found in one pasted page, and what it was unsure of. */
record ParsedPage(List<FoundQuestion> questions, List<String> warnings) {
}
