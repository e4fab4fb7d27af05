package th.go.phuket.planning.mail;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the bodies of an email from {@code templates/mail/<kind>.html} and {@code .txt} (Thymeleaf with Spring
 * expressions), with texts from {@code messages.properties}. An engine of its own, not the web pages' one, so
 * listeners render the same way in the app and in engine-only tests.
 */
@Component
public class MailTemplates {

    /** The two bodies of one email. */
    public record Bodies(String text, String html) {
    }

    private static final Locale THAI = Locale.forLanguageTag("th");

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    public MailTemplates() {
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        engine.setTemplateEngineMessageSource(messages);
    }

    public Bodies render(EmailKind kind, Map<String, Object> model) {
        Context context = new Context(THAI, model);
        return new Bodies(engine.process(kind.template() + ".txt", context),
                engine.process(kind.template() + ".html", context));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
        resolver.setPrefix("templates/mail/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }
}
