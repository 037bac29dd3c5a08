package dev.panel.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.yaml.snakeyaml.Yaml;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/compose.yaml read as Compose would read it, and checked against Panel's real configuration: the names that
 * application.yml and the code read, the HAProxy configuration it mounts, and the image the pom's Jib builds.
 * Nothing here runs Compose (there is no container engine here), so nothing is claimed of what it does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComposeFileTest {

    private Path root;
    private Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    void readCompose() throws IOException {
        root = Path.of("").toAbsolutePath();
        while (!Files.isRegularFile(root.resolve("deploy/compose.yaml"))) {
            root = root.getParent();
            assertThat(root).as("a directory above the tests holding deploy/compose.yaml").isNotNull();
        }
        Map<String, Object> compose = new Yaml().load(Files.readString(root.resolve("deploy/compose.yaml")));
        services = (Map<String, Map<String, Object>>) compose.get("services");
    }

    @Test
    void every_panel_setting_it_gives_is_one_panel_reads() throws IOException {
        Set<String> known = PanelSettingNames.read(root);
        assertThat(known).as("names found in the sources").contains("PANEL_DB_URL", "PANEL_DATA_DIR", "PANEL_PORT", "PANEL_SMTP_HOST");

        for (var service : services.entrySet()) {
            Set<String> given = new TreeSet<>(environment(service.getValue()).keySet());
            given.removeIf(name -> !name.startsWith("PANEL_") || isHaproxyService(service.getValue()));
            assertThat(known).as("PANEL_* settings of service " + service.getKey()).containsAll(given);
        }
    }

    @Test
    void both_instances_use_the_one_mysql_database_of_the_file() {
        List<Map<String, Object>> panels = panelServices().values().stream().toList();
        assertThat(panels).hasSize(2);
        for (String name : List.of("PANEL_DB_URL", "PANEL_DB_USER", "PANEL_DB_PASSWORD")) {
            assertThat(panels.stream().map(p -> environment(p).get(name)).distinct().toList()).as(name).hasSize(1).doesNotContainNull();
        }
        Map<String, Object> panel = environment(panels.get(0));
        Matcher url = Pattern.compile("jdbc:mysql://([^:/]+):(\\d+)/([^?]+).*").matcher(String.valueOf(panel.get("PANEL_DB_URL")));
        assertThat(url.matches()).as("PANEL_DB_URL is a MySQL URL").isTrue();
        Map<String, Object> mysql = services.get(url.group(1));
        assertThat(mysql).as("the database host is the compose service " + url.group(1)).isNotNull();
        assertThat(String.valueOf(mysql.get("image"))).startsWith("mysql:8");
        assertThat(environment(mysql)).containsEntry("MYSQL_DATABASE", url.group(3))
                .containsEntry("MYSQL_USER", panel.get("PANEL_DB_USER"))
                .containsEntry("MYSQL_PASSWORD", panel.get("PANEL_DB_PASSWORD"));
    }

    @Test
    void haproxy_gets_its_configuration_the_variables_it_needs_and_the_instances_ports() throws IOException {
        Map<String, Object> haproxy = services.values().stream().filter(ComposeFileTest::isHaproxyService).findFirst().orElseThrow();
        assertThat(String.valueOf(haproxy.get("volumes"))).contains("./haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg");

        String cfg = Files.readString(root.resolve("deploy/haproxy.cfg"));
        Set<String> needed = new TreeSet<>();
        Matcher variable = Pattern.compile("\"\\$\\{(\\w+)}\"").matcher(cfg);
        while (variable.find()) {
            needed.add(variable.group(1));
        }
        assertThat(needed).contains("PANEL_HAPROXY_BIND", "PANEL_INSTANCE_1", "PANEL_INSTANCE_2");
        Map<String, Object> environment = environment(haproxy);
        assertThat(environment).containsKeys(needed.toArray(String[]::new));

        Set<String> backends = new TreeSet<>();
        for (String name : needed) {
            if (name.startsWith("PANEL_INSTANCE_")) {
                String[] address = String.valueOf(environment.get(name)).split(":");
                Map<String, Object> panel = panelServices().get(address[0]);
                assertThat(panel).as(name + " names a Panel service").isNotNull();
                assertThat(address[1]).as(name + " is that service's PANEL_PORT").isEqualTo(String.valueOf(environment(panel).get("PANEL_PORT")));
                backends.add(address[0]);
            }
        }
        assertThat(backends).as("every Panel service is a backend").isEqualTo(panelServices().keySet());
        String bind = String.valueOf(environment.get("PANEL_HAPROXY_BIND"));
        assertThat(String.valueOf(haproxy.get("ports"))).as("HAProxy's published port").contains(":" + bind.substring(bind.lastIndexOf(':') + 1));
    }

    @Test
    void the_panel_services_run_the_image_that_jib_builds() throws Exception {
        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(root.resolve("panel-web/pom.xml").toFile());
        String image = null;
        var plugins = pom.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if ("jib-maven-plugin".equals(child(plugin, "artifactId"))) {
                Element to = (Element) ((Element) plugin.getElementsByTagName("configuration").item(0)).getElementsByTagName("to").item(0);
                image = child(to, "image");
            }
        }
        assertThat(image).as("Jib's to.image in panel-web/pom.xml").isNotBlank();
        for (var panel : panelServices().entrySet()) {
            assertThat(panel.getValue().get("image")).as(panel.getKey()).isEqualTo(image);
        }
    }

    private Map<String, Map<String, Object>> panelServices() {
        Map<String, Map<String, Object>> panels = new java.util.TreeMap<>();
        services.forEach((name, service) -> {
            if (environment(service).containsKey("PANEL_DB_URL")) {
                panels.put(name, service);
            }
        });
        return panels;
    }

    private static boolean isHaproxyService(Map<String, Object> service) {
        return String.valueOf(service.get("image")).startsWith("haproxy:");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(Map<String, Object> service) {
        Object environment = service.get("environment");
        return environment == null ? Map.of() : (Map<String, Object>) environment;
    }

    private static String child(Element element, String name) {
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child && child.getTagName().equals(name)) {
                return child.getTextContent().strip();
            }
        }
        return null;
    }

    /** The PANEL_* names Panel reads, collected from its main sources and resources rather than listed by hand. */
    static final class PanelSettingNames {

        private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(PANEL_[A-Z0-9_]+)");
        private static final Pattern GETENV = Pattern.compile("getenv\\(\"(PANEL_[A-Z0-9_]+)\"\\)");
        // ${panel.smtp.host:...} read by @Value: Micronaut takes PANEL_SMTP_HOST from the environment for it.
        private static final Pattern PROPERTY = Pattern.compile("\"\\$\\{(panel\\.[a-z0-9.-]+)[:}]");

        static Set<String> read(Path root) throws IOException {
            Set<String> names = new TreeSet<>();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().contains("/src/main/") && Files.isRegularFile(f)).toList()) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".yml") || name.endsWith(".properties")) {
                        collect(PLACEHOLDER.matcher(Files.readString(file)), names, false);
                    } else if (name.endsWith(".java")) {
                        String text = Files.readString(file);
                        collect(GETENV.matcher(text), names, false);
                        collect(PROPERTY.matcher(text), names, true);
                    }
                }
            }
            return names;
        }

        private static void collect(Matcher matcher, Set<String> names, boolean property) {
            while (matcher.find()) {
                String name = matcher.group(1);
                names.add(property ? name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_') : name);
            }
        }
    }
}
