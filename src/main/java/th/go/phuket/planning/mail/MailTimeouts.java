package th.go.phuket.planning.mail;

import java.util.Map;
import java.util.Properties;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Gives every SMTP sender time limits, unless the configuration sets its own ({@code spring.mail.properties.*}):
 * Jakarta Mail waits forever by default, and a delivery thread stuck on a silent server sends nothing else. The
 * reply limit is generous on purpose: a server slower than it may still take the message after the app gave up,
 * and the retry then delivers it a second time (RFC 5321 even asks clients to wait 10 minutes for the reply to
 * the message). The write limit has a price: Angus Mail runs a timer thread for each connection that has one, a
 * reason a delivery thread sends its whole batch over one connection ({@link MailTransport#connect()}).
 */
@Component
public class MailTimeouts implements BeanPostProcessor {

    static final Map<String, String> DEFAULTS = Map.of(
            "connectiontimeout", "10000",
            "timeout", "120000",
            "writetimeout", "120000");

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof JavaMailSenderImpl sender) {
            Properties properties = sender.getJavaMailProperties();
            String protocol = sender.getProtocol() == null ? "smtp" : sender.getProtocol();
            DEFAULTS.forEach((name, millis) -> properties.putIfAbsent("mail." + protocol + "." + name, millis));
        }
        return bean;
    }
}
