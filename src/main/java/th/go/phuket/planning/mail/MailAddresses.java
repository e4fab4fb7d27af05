package th.go.phuket.planning.mail;

/**
 * Where mail comes from and goes to besides the agencies (whose addresses are in the directory), and the public
 * address of the app that links in emails point to.
 */
public record MailAddresses(String from, String strategyOffice, String managers, String committee, String publicUrl) {

    public static final String DEFAULT_FROM = "planning-cycle@planning.example";
    public static final String DEFAULT_STRATEGY_OFFICE = "strategy-office@planning.example";
    public static final String DEFAULT_MANAGERS = "managers@planning.example";
    public static final String DEFAULT_COMMITTEE = "committee@planning.example";
    public static final String DEFAULT_PUBLIC_URL = "http://localhost:8080";

    public MailAddresses {
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
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
}
