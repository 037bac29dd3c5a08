package dev.panel.app.server;

import com.vaadin.flow.di.LookupInitializer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.BeanDefinition;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.annotation.HandlesTypes;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Runs Vaadin's servlet-container initialisers without a classpath scan. A scan would parse every class of
 * every jar to find the types they handle ({@code @Route} views, the instantiator factory, app-shell
 * configurators); Micronaut already indexed Panel's beans at compile time, and every view is a bean, so
 * the handled types are taken from that index. ArchitectureTest checks that no view forgets its bean
 * annotation.
 */
final class VaadinInitializers {

    private VaadinInitializers() {
    }

    static void register(ServletContextHandler web, ApplicationContext beans) {
        Set<Class<?>> candidates = panelClasses(beans);
        for (ServletContainerInitializer initializer : ServiceLoader.load(ServletContainerInitializer.class, VaadinInitializers.class.getClassLoader())) {
            if (!initializer.getClass().getName().startsWith("com.vaadin.")) {
                continue;
            }
            HandlesTypes handles = initializer.getClass().getAnnotation(HandlesTypes.class);
            Class<?>[] handled = handles == null ? new Class<?>[0] : handles.value();
            web.addServletContainerInitializer(initializer, matching(candidates, handled));
        }
    }

    private static Set<Class<?>> panelClasses(ApplicationContext beans) {
        Set<Class<?>> classes = new LinkedHashSet<>();
        classes.add(MicronautInstantiatorFactory.class);
        // Vaadin's lookup initialiser acts only when it finds its own default implementation among the types.
        classes.add(LookupInitializer.class);
        for (BeanDefinition<?> definition : beans.getAllBeanDefinitions()) {
            Class<?> type = definition.getBeanType();
            if (type.getName().startsWith("dev.panel.")) {
                classes.add(type);
            }
        }
        return classes;
    }

    @SuppressWarnings("unchecked")
    private static Class<?>[] matching(Set<Class<?>> candidates, Class<?>[] handled) {
        return candidates.stream()
                .filter(candidate -> Arrays.stream(handled).anyMatch(type -> type.isAnnotation()
                        ? candidate.isAnnotationPresent((Class<? extends Annotation>) type)
                        : type.isAssignableFrom(candidate) && !type.equals(candidate)))
                .toArray(Class<?>[]::new);
    }
}
