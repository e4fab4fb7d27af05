package th.go.phuket.planning.dashboard;

import java.util.function.Function;
import th.go.phuket.planning.support.Messages;

/**
 * A cycle's download whose label is a key of {@code messages.properties} and whose address follows from the cycle
 * id: what a feature extends, once per link, to add a file to the dashboard.
 */
public abstract class LabelledDownload implements CycleDownload {

    private final String labelKey;
    private final Function<String, String> href;
    private final int order;

    protected LabelledDownload(String labelKey, Function<String, String> href, int order) {
        this.labelKey = labelKey;
        this.href = href;
        this.order = order;
    }

    @Override
    public String label() {
        return Messages.get(labelKey);
    }

    @Override
    public String href(String cycleId) {
        return href.apply(cycleId);
    }

    @Override
    public int order() {
        return order;
    }
}
