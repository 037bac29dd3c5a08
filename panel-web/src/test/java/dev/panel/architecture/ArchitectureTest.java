package dev.panel.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLayout;
import dev.panel.common.TransactionRetry;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.data.repository.GenericRepository;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/** The module and package boundaries of shared/DESIGN.md, checked on the compiled classes of all modules. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchitectureTest {

    private JavaClasses classes;

    @BeforeAll
    void importPanel() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // panel-core's test fixtures reach this module as a test jar, which DO_NOT_INCLUDE_TESTS does not recognise
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("dev.panel");
    }

    private static DescribedPredicate<JavaClass> inModule(String module) {
        return DescribedPredicate.describe("in module " + module,
                c -> c.getSource().map(s -> s.getUri().toString().contains("/" + module + "/")
                        || s.getUri().toString().contains("/" + module + "-")).orElse(false));
    }

    @Test
    void all_three_modules_are_imported() {
        assertThat(classes.that(inModule("panel-core"))).isNotEmpty();
        assertThat(classes.that(inModule("panel-web"))).isNotEmpty();
    }

    @Test
    void the_core_knows_nothing_of_the_web_the_ui_or_spreadsheets() {
        ArchRule rule = noClasses().that(inModule("panel-core"))
                .should().dependOnClassesThat(resideInAnyPackage(
                        "com.vaadin..", "org.apache.poi..", "io.micronaut.http..", "jakarta.servlet..", "org.eclipse.jetty..",
                        "dev.panel.app..", "dev.panel.security.."))
                .because("panel-core is the domain; see DESIGN.md");
        rule.check(classes);
    }

    @Test
    void reports_know_nothing_of_the_web_or_the_ui() {
        noClasses().that(inModule("panel-reports"))
                .should().dependOnClassesThat(resideInAnyPackage(
                        "com.vaadin..", "io.micronaut.http..", "jakarta.servlet..", "org.eclipse.jetty..", "dev.panel.app..", "dev.panel.security.."))
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void views_and_controllers_reach_data_only_through_services() {
        noClasses().that().resideInAnyPackage("..ui..", "..api..")
                .should().dependOnClassesThat(assignableTo(GenericRepository.class))
                .check(classes);
    }

    /**
     * {@code app} and {@code security} are wiring: features may use security, and only app puts features together.
     * A feature's views and controllers sit on top and may call the services of several features (the loop page
     * shows scorecard progress, though scorecards depend on loops); what must not form a cycle is the features
     * beneath them, and the views and controllers among themselves.
     */
    @Test
    void feature_packages_form_no_cycles() {
        DescribedPredicate<JavaClass> wiring = resideInAnyPackage("dev.panel.app..", "dev.panel.security..");
        DescribedPredicate<JavaClass> viewsAndControllers = resideInAnyPackage("..ui..", "..api..");
        slices().matching("dev.panel.(*)..")
                .should().beFreeOfCycles()
                .ignoreDependency(wiring, DescribedPredicate.alwaysTrue())
                .ignoreDependency(DescribedPredicate.alwaysTrue(), wiring)
                .ignoreDependency(viewsAndControllers, DescribedPredicate.not(viewsAndControllers))
                .check(classes);
    }

    /**
     * The shell and the views do not name each other: Vaadin puts every route in the main layout ({@code @Layout}), and the
     * layout builds its navigation from the views' {@code @Menu}. So a view is added without touching the layout.
     */
    @Test
    void no_view_names_the_main_layout_and_the_main_layout_names_no_view() {
        noClasses().that().resideOutsideOfPackage("dev.panel.app..")
                .should().dependOnClassesThat(resideInAPackage("dev.panel.app.."))
                .because("views find their frame through @Layout, not by naming MainLayout")
                .check(classes);
        noClasses().that().resideInAPackage("dev.panel.app..")
                .should().dependOnClassesThat(DescribedPredicate.describe("a @Route view", (JavaClass c) -> c.isAnnotatedWith(Route.class))
                        .and(DescribedPredicate.not(resideInAPackage("dev.panel.app.."))))
                .because("the side navigation lists the views by their @Menu, and home pages link to routes by name")
                .check(classes);
    }

    @Test
    void security_never_reaches_into_a_features_views_or_controllers() {
        noClasses().that().resideInAPackage("dev.panel.security..")
                .should().dependOnClassesThat().resideInAnyPackage("..ui..", "..api..")
                .check(classes);
    }

    /** Views are found through Micronaut's bean index, not a classpath scan (see app.server.VaadinInitializers). */
    @Test
    void every_view_and_layout_is_a_micronaut_bean_so_that_vaadin_finds_it() {
        classes().that().areAnnotatedWith(Route.class)
                .or().areAssignableTo(RouterLayout.class).and().resideInAPackage("dev.panel..")
                .or().areAssignableTo(AppShellConfigurator.class).and().resideInAPackage("dev.panel..")
                .or().areAssignableTo(HasErrorParameter.class).and().resideInAPackage("dev.panel..")
                .should().beAnnotatedWith(Prototype.class).orShould().beAnnotatedWith(Singleton.class)
                .check(classes);
        assertThat(classes.stream().filter(c -> c.isAnnotatedWith(Route.class))).hasSizeGreaterThanOrEqualTo(6);
    }

    /**
     * A transaction the database refuses for a passing reason (a deadlock, a Galera certification failure) is tried
     * again by one wrapper, so every class that opens a transaction of its own carries it.
     */
    @Test
    void every_class_that_opens_a_transaction_is_retried_when_the_database_refuses_it() {
        DescribedPredicate<JavaClass> opensTransactions = DescribedPredicate.describe("open a transaction of their own",
                c -> c.getMethods().stream().anyMatch(m -> m.tryGetAnnotationOfType(Transactional.class)
                        .filter(t -> t.propagation() != TransactionDefinition.Propagation.MANDATORY).isPresent()));
        classes().that(opensTransactions).should().beAnnotatedWith(TransactionRetry.class).check(classes);
        assertThat(classes.that(opensTransactions)).hasSizeGreaterThanOrEqualTo(20);
    }
}
