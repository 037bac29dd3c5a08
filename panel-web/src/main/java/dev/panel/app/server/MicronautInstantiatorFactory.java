package dev.panel.app.server;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletContext;
import io.micronaut.context.ApplicationContext;

import java.util.stream.Stream;

/**
 * Found by Vaadin's lookup during the classpath scan. Views, layouts and other beans are created by
 * Micronaut (they carry a bean annotation such as {@code @Prototype}); anything else by Vaadin as usual.
 * Micronaut beans that implement {@link VaadinServiceInitListener} are handed to Vaadin too.
 */
public class MicronautInstantiatorFactory implements InstantiatorFactory {

    @Override
    public Instantiator createInstantitor(VaadinService service) {
        VaadinServletContext servletContext = (VaadinServletContext) service.getContext();
        ApplicationContext beans = (ApplicationContext) servletContext.getContext().getAttribute(PanelServer.CONTEXT_ATTRIBUTE);
        if (beans == null) {
            throw new IllegalStateException("Panel's web context has no Micronaut context: start it through PanelServer");
        }
        return new MicronautInstantiator(service, beans);
    }

    private static final class MicronautInstantiator extends DefaultInstantiator {

        private final ApplicationContext beans;

        MicronautInstantiator(VaadinService service, ApplicationContext beans) {
            super(service);
            this.beans = beans;
        }

        @Override
        public <T> T getOrCreate(Class<T> type) {
            return beans.findBeanDefinition(type)
                    .map(beans::getBean)
                    .orElseGet(() -> super.getOrCreate(type));
        }

        @Override
        public Stream<VaadinServiceInitListener> getServiceInitListeners() {
            return Stream.concat(super.getServiceInitListeners(),
                    beans.getBeansOfType(VaadinServiceInitListener.class).stream());
        }
    }
}
