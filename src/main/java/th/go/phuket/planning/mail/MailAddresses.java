package th.go.phuket.planning.mail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where mail comes from and goes to besides the agencies (whose addresses are in the directory), and the public
 * address of the app that links in emails point to.
 */
@Component
public record MailAddresses(String from, String strategyOffice, String managers, String committee, String publicUrl) {

    public static final String DEFAULT_FROM = "planning-cycle@planning.example";
    public static final String DEFAULT_STRATEGY_OFFICE = "strategy-office@planning.example";
    public static final String DEFAULT_MANAGERS = "managers@planning.example";
    public static final String DEFAULT_COMMITTEE = "committee@planning.example";
    public static final String DEFAULT_PUBLIC_URL = "http://localhost:8080";

    public MailAddresses(@Value("${planning.mail.from:" + DEFAULT_FROM + "}") String from,
            @Value("${planning.mail.strategy-office:" + DEFAULT_STRATEGY_OFFICE + "}") String strategyOffice,
            @Value("${planning.mail.managers:" + DEFAULT_MANAGERS + "}") String managers,
            @Value("${planning.mail.committee:" + DEFAULT_COMMITTEE + "}") String committee,
            @Value("${planning.public-url:" + DEFAULT_PUBLIC_URL + "}") String publicUrl) {
        this.from = from;
        this.strategyOffice = strategyOffice;
        this.managers = managers;
        this.committee = committee;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    public static MailAddresses defaults() {
        return new MailAddresses(DEFAULT_FROM, DEFAULT_STRATEGY_OFFICE, DEFAULT_MANAGERS, DEFAULT_COMMITTEE,
                DEFAULT_PUBLIC_URL);
    }

    /** The task opened in Camunda Tasklist. */
    public String taskLink(String taskId) {
        return publicUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
    }

    public String tasklistLink() {
        return publicUrl + "/camunda/app/tasklist/default/";
    }

    /** The consolidated action plan of a cycle as a page to read and print. */
    public String actionPlanPageLink(String cycleId) {
        return publicUrl + "/cycles/" + pathSegment(cycleId) + "/action-plan";
    }

    /** The consolidated action plan of a cycle as an Excel workbook. */
    public String actionPlanWorkbookLink(String cycleId) {
        return publicUrl + "/api/cycles/" + pathSegment(cycleId) + "/action-plan.xlsx";
    }

    /** The managers' dashboard opened on one cycle. */
    public String dashboardLink(String cycleId) {
        return publicUrl + "/dashboard?cycle=" + URLEncoder.encode(cycleId, StandardCharsets.UTF_8);
    }

    private static String pathSegment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
