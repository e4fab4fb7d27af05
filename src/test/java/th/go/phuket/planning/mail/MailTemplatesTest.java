package th.go.phuket.planning.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    private final MailTemplates templates = new MailTemplates();

    private static final MailItem ITEM = new MailItem("ทบทวนแผนและเสนอโครงการ",
            "ทบทวนแผนพัฒนาจังหวัดภูเก็ต พ.ศ. 2561–2564", "31 ส.ค. 2561", "31 Aug 2018", "เหลืออีก 3 วันทำการ",
            "3 working day(s) left", "http://localhost:8080/camunda/app/tasklist/default/#/?task=t-1");

    @Test
    void aReminderIsThaiFirstWithTheTaskTheCycleTheBuddhistDateTheDaysLeftTheLinkAndAnEnglishLine() {
        MailTemplates.Bodies bodies = templates.render(EmailKind.REMINDER, Map.of("greeting", "สำนักงานสาธารณสุขจังหวัดภูเก็ต",
                "greetingEn", "Phuket Provincial Public Health Office", "province", "ภูเก็ต", "items", List.of(ITEM),
                "firstDueEn", "31 Aug 2018", "subject", "แจ้งเตือน"));

        for (String body : List.of(bodies.text(), bodies.html())) {
            assertThat(body).contains("เรียน สำนักงานสาธารณสุขจังหวัดภูเก็ต", "ทบทวนแผนและเสนอโครงการ",
                    "ทบทวนแผนพัฒนาจังหวัดภูเก็ต พ.ศ. 2561–2564", "31 ส.ค. 2561", "เหลืออีก 3 วันทำการ",
                    "English: reminder, 1 task(s) of Phuket Provincial Public Health Office are due soon",
                    "สำนักงานจังหวัดภูเก็ต").doesNotContain("??");
            assertThat(body.indexOf("เรียน")).isLessThan(body.indexOf("English:"));
        }
        assertThat(bodies.text()).contains("http://localhost:8080/camunda/app/tasklist/default/#/?task=t-1")
                .doesNotContain("<");
        assertThat(bodies.html()).contains("href=\"http://localhost:8080/camunda/app/tasklist/default/#/?task=t-1\"");
    }

    @Test
    void htmlEscapesWhatPeopleTypedWhileTheTextBodyKeepsIt() {
        MailTemplates.Bodies bodies = templates.render(EmailKind.RETURNED, Map.of("greeting", "อบต.", "greetingEn",
                "SAO", "province", "ภูเก็ต", "items", List.of(ITEM), "note", "งบ <5 ล้าน> & ตัวชี้วัด", "subject", "s"));

        assertThat(bodies.html()).contains("งบ &lt;5 ล้าน&gt; &amp; ตัวชี้วัด").doesNotContain("<5 ล้าน>");
        assertThat(bodies.text()).contains("งบ <5 ล้าน> & ตัวชี้วัด");
    }

    @Test
    void everyKindHasBothBodies() {
        Map<String, Object> model = Map.ofEntries(Map.entry("greeting", "ผู้รับ"), Map.entry("greetingEn", "someone"),
                Map.entry("province", "ภูเก็ต"), Map.entry("items", List.of(ITEM)), Map.entry("firstDueEn", "31 Aug 2018"),
                Map.entry("note", "หมายเหตุ"), Map.entry("subject", "s"), Map.entry("cycleId", "phuket-2563"),
                Map.entry("cycleTitle", "รอบทดสอบ"), Map.entry("hearingDateText", "13 ก.ย. 2561"),
                Map.entry("hearingDateLetter", "๑๓ กันยายน ๒๕๖๑"), Map.entry("hearingDateEn", "13 Sep 2018"),
                Map.entry("hearingVenue", "ศาลากลาง"), Map.entry("tasklistUrl", "http://x/"), Map.entry("daysLeft", 4),
                Map.entry("deadlineText", "30 ก.ย. 2561"), Map.entry("deadlineEn", "30 Sep 2018"),
                Map.entry("submissionReference", "ภก 0017.2/1234"), Map.entry("submittedText", "28 ก.ย. 2561"),
                Map.entry("submittedEn", "28 Sep 2018"));
        for (EmailKind kind : EmailKind.values()) {
            MailTemplates.Bodies bodies = templates.render(kind, model);
            assertThat(bodies.text()).as(kind.name()).startsWith("เรียน ผู้รับ").contains("English:").doesNotContain("??");
            assertThat(bodies.html()).as(kind.name()).contains("<p>เรียน ผู้รับ</p>").doesNotContain("??");
        }
    }
}
