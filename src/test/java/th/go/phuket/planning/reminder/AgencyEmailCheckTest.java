package th.go.phuket.planning.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import th.go.phuket.planning.ProcessTestEngine;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.mail.Email;
import th.go.phuket.planning.mail.EmailKind;
import th.go.phuket.planning.mail.MailAddresses;
import th.go.phuket.planning.mail.MailTemplates;

class AgencyEmailCheckTest {

    private static final AgencyDirectory DIRECTORY = AgencyDirectory.fromClasspath();
    private static final DueNoticeSchedule SCHEDULE =
            new DueNoticeSchedule(ProcessTestEngine.CALENDAR, ReminderSettings.defaults(), new EngineClock());

    @Test
    void rendersASampleOfEachAgencyEmailInThaiAndEnglish() {
        var check = new AgencyEmailCheck(new NoticeComposer(new MailTemplates(), MailAddresses.defaults(), SCHEDULE),
                DIRECTORY);

        var emails = check.check();

        assertThat(emails).extracting(Email::kind).containsExactlyElementsOf(AgencyEmailCheck.KINDS);
        String agency = DIRECTORY.all().get(0).nameTh();
        assertThat(emails).allSatisfy(email -> {
            assertThat(email.html()).contains(agency).contains("ภูเก็ต");
            assertThat(email.text()).contains(agency);
        });
        assertThat(emails.get(1).html()).contains("ตัวอย่างเหตุผลที่ส่งกลับ");
    }

    @Test
    void aTemplateThatFailsStopsTheStartNamingItsKind() {
        MailTemplates broken = new MailTemplates() {
            @Override
            public Bodies render(EmailKind kind, Map<String, Object> model) {
                if (kind == EmailKind.REMINDER) {
                    throw new IllegalArgumentException("Exception evaluating SpringEL expression: \"items\"");
                }
                return super.render(kind, model);
            }
        };
        var check = new AgencyEmailCheck(new NoticeComposer(broken, MailAddresses.defaults(), SCHEDULE), DIRECTORY);

        assertThatThrownBy(check::afterSingletonsInstantiated).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("แม่แบบอีเมล REMINDER").hasMessageContaining("the REMINDER email template")
                .hasMessageContaining("SpringEL");
    }
}
