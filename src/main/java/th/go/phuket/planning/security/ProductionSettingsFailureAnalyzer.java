package th.go.phuket.planning.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import th.go.phuket.planning.support.Messages;

/** Prints the refused production settings as a short list instead of a stack trace. */
public class ProductionSettingsFailureAnalyzer extends AbstractFailureAnalyzer<ProductionSettingsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ProductionSettingsException cause) {
        String description = Messages.get("security.settings.refused") + System.lineSeparator() + "  - "
                + String.join(System.lineSeparator() + "  - ", cause.problems());
        return new FailureAnalysis(description, Messages.get("security.settings.action"), cause);
    }
}
