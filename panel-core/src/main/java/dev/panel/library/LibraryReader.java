package dev.panel.library;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Reads the library file with SnakeYAML's safe constructor (plain maps and lists, no arbitrary types). */
final class LibraryReader {

    private LibraryReader() {
    }

    static LibraryFile read(String resource) {
        Map<String, Object> root = load(resource);
        return new LibraryFile(
                list(root, "competencies").stream().map(LibraryReader::competency).toList(),
                list(root, "roles").stream().map(LibraryReader::role).toList());
    }

    /** The starter drills file: each drill names its competency and question by their library keys. */
    static List<DrillEntry> readDrills(String resource) {
        return list(load(resource), "drills").stream().map(d -> new DrillEntry(text(d, "key"), text(d, "competency"),
                d.get("question") == null ? null : text(d, "question"), text(d, "title"), text(d, "prompt"),
                list(d, "samples").stream().map(s -> new SampleEntry(text(s, "answer"), number(s, "consensus"))).toList())).toList();
    }

    record DrillEntry(String key, String competency, String question, String title, String prompt, List<SampleEntry> samples) {
    }

    record SampleEntry(String answer, int consensus) {
    }

    private static Map<String, Object> load(String resource) {
        try (InputStream in = LibraryReader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The starter file " + resource + " is missing from the classpath");
            }
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LibraryFile.CompetencyEntry competency(Map<String, Object> m) {
        return new LibraryFile.CompetencyEntry(text(m, "key"), text(m, "name"), text(m, "description"),
                list(m, "rubric").stream().map(l -> new LibraryFile.LevelEntry(number(l, "level"), text(l, "label"), text(l, "anchor"))).toList());
    }

    private static LibraryFile.RoleEntry role(Map<String, Object> m) {
        Map<String, Object> plan = map(m, "plan");
        return new LibraryFile.RoleEntry(text(m, "key"), text(m, "name"), text(m, "level"), text(m, "description"),
                list(m, "competencies").stream().map(r -> new LibraryFile.RequirementEntry(text(r, "competency"), number(r, "weight"),
                        Boolean.TRUE.equals(r.get("mustHave")))).toList(),
                list(m, "questions").stream().map(q -> new LibraryFile.QuestionEntry(text(q, "key"), text(q, "text"), text(q, "kind"),
                        text(q, "level"), strings(q, "competencies"), text(q, "signal"), strings(q, "probes"), strings(q, "strongAnswer"),
                        strings(q, "redFlags"), number(q, "minutes"))).toList(),
                new LibraryFile.PlanEntry(text(plan, "name"), list(plan, "stages").stream().map(s -> new LibraryFile.StageEntry(
                        text(s, "name"), number(s, "minutes"), number(s, "interviewers"), strings(s, "focus"), strings(s, "questions"))).toList()));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> m, String key) {
        Object value = m.get(key);
        if (!(value instanceof List<?>)) {
            throw new IllegalStateException("Starter library: '" + key + "' should be a list");
        }
        return (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> m, String key) {
        if (!(m.get(key) instanceof Map<?, ?> value)) {
            throw new IllegalStateException("Starter library: '" + key + "' should be a mapping");
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Map<String, Object> m, String key) {
        Object value = m.get(key);
        return value == null ? List.of() : ((List<Object>) value).stream().map(String::valueOf).toList();
    }

    private static String text(Map<String, Object> m, String key) {
        Object value = m.get(key);
        if (value == null) {
            throw new IllegalStateException("Starter library: '" + key + "' is missing in " + m.getOrDefault("key", m.keySet()));
        }
        return String.valueOf(value);
    }

    private static int number(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).intValue();
    }
}
