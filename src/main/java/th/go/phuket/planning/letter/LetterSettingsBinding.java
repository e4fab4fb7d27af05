package th.go.phuket.planning.letter;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds {@code planning.letters.*} to {@link LetterSettings}: eighteen settings, two of them lists, read as one
 * record rather than as {@code @Value} parameters of every class that writes a letter.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LetterSettings.class)
class LetterSettingsBinding {
}
