package th.go.phuket.planning.hearing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Paths of the hearing's pages and files (relative to the app; emails put the public address in front). */
public final class HearingLinks {

    private HearingLinks() {
    }

    public static String publicPage(String cycleId) {
        return "/hearing/" + segment(cycleId);
    }

    public static String recordPage(String cycleId) {
        return "/hearing/" + segment(cycleId) + "/record";
    }

    public static String recordWorkbook(String cycleId) {
        return "/api/cycles/" + segment(cycleId) + "/hearing-record.xlsx";
    }

    public static String officePage(String cycleId) {
        return "/cycles/" + segment(cycleId) + "/comments";
    }

    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
