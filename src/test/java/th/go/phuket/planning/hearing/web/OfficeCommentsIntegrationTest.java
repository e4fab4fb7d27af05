package th.go.phuket.planning.hearing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static th.go.phuket.planning.hearing.web.HearingFixture.basic;
import static th.go.phuket.planning.hearing.web.HearingFixture.comment;
import static th.go.phuket.planning.hearing.web.HearingFixture.json;
import static th.go.phuket.planning.hearing.web.HearingFixture.read;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import th.go.phuket.planning.engine.RehearsalClock;
import th.go.phuket.planning.mail.EmbeddedMailServer;

/**
 * The strategy office answers and moderates over the API and on its page; managers read; agencies, the committee
 * and anonymous callers are refused. Emails really go through the app's embedded mail server (GreenMail): every
 * agency of the cycle is told that comments opened, and a commenter who left an email gets the answer. The public
 * page's forms work without JavaScript.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OfficeCommentsIntegrationTest {

    @LocalServerPort int port;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired RehearsalClock clock;
    @Autowired EmbeddedMailServer mailServer;

    private String cycleId;

    @BeforeEach
    void openHearing() {
        cycleId = HearingFixture.openHearing(runtime, tasks, clock);
    }

    @AfterEach
    void realTimeAgain() {
        ClockUtil.reset();
    }

    @Test
    void everyAgencyOfTheCycleIsToldByEmailThatCommentsAreOpen() {
        for (String agency : HearingFixture.AGENCIES.split(",")) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(received(agency
                    + "@agencies.example")).anySatisfy(mail -> {
                        assertThat(mail.getSubject()).startsWith("เปิดรับฟังความคิดเห็นของประชาชนต่อร่างแผนถึง")
                                .contains("13 ก.ย. 2561 23:59 น.");
                        assertThat(body(mail)).contains("/hearing/" + cycleId);
                    }));
        }
    }

    @Test
    void theOfficeAnswersAndTheCommenterWhoLeftAnEmailIsToldByEmail() {
        String email = "wipa." + cycleId + "@example.org";
        String commentId = post("127.0.0.31", json(Map.of("itemId", "goal:PKT-M3", "text",
                "ควรมีศูนย์ฝึกอาชีพภาษาอังกฤษสำหรับคนขับรถรับจ้าง", "sector", "private_sector", "email", email,
                "consent", true)));

        LoopbackHttp.Response answered = office("strategy").putJson(answerPath(commentId), json(Map.of(
                "status", "accepted", "text", "บรรจุในโครงการพัฒนากำลังคนด้านการท่องเที่ยว ปี 2563")));

        assertThat(answered.status()).isEqualTo(200);
        JsonNode comment = read(answered.body());
        assertThat(comment.path("answer").path("status").asText()).isEqualTo("accepted");
        assertThat(comment.path("answer").path("answeredBy").asText()).isEqualTo("strategy");
        assertThat(comment.path("email").asText()).isEqualTo(email);
        JsonNode shown = read(LoopbackHttp.from("127.0.0.32", port).get("/api/public/cycles/" + cycleId
                + "/hearing").body()).path("comments").get(0).path("answer");
        assertThat(shown.path("status").asText()).isEqualTo("accepted");
        assertThat(shown.path("text").asText()).isEqualTo("บรรจุในโครงการพัฒนากำลังคนด้านการท่องเที่ยว ปี 2563");
        assertThat(shown.has("answeredBy")).as("who answered is the office's business").isFalse();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(received(email)).singleElement()
                .satisfies(mail -> {
                    assertThat(mail.getSubject()).isEqualTo("สำนักงานจังหวัดภูเก็ตตอบความคิดเห็นของท่านแล้ว"
                            + " (The provincial office answered your comment)");
                    assertThat(body(mail)).contains("ควรมีศูนย์ฝึกอาชีพภาษาอังกฤษสำหรับคนขับรถรับจ้าง",
                            "รับข้อเสนอไปปรับแผน", "บรรจุในโครงการพัฒนากำลังคนด้านการท่องเที่ยว ปี 2563",
                            "#c-" + commentId);
                }));
    }

    @Test
    void managersReadAndOnlyTheStrategyOfficeAnswersOrModerates() {
        String commentId = post("127.0.0.33", comment("general", "ความเห็นสำหรับทดสอบสิทธิ์ของผู้ใช้"));
        String list = "/api/cycles/" + cycleId + "/comments";
        String answer = json(Map.of("status", "considered", "text", "รับไว้พิจารณาในการประชุมครั้งหน้า"));
        String hide = json(Map.of("action", "hide", "reason", "ทดสอบสิทธิ์"));

        assertThat(office("manager").get(list).status()).isEqualTo(200);
        assertThat(office("admin").get(list).status()).isEqualTo(200);
        for (String refused : List.of("manager", "admin", "pkt_public_health", "committee")) {
            assertThat(office(refused).putJson(answerPath(commentId), answer).status()).as(refused).isEqualTo(403);
            assertThat(office(refused).postJson(moderationPath(commentId), hide).status()).as(refused)
                    .isEqualTo(403);
        }
        assertThat(office("pkt_public_health").get(list).status()).isEqualTo(403);
        assertThat(office("committee").get(list).status()).isEqualTo(403);
        LoopbackHttp.Response anonymous = LoopbackHttp.from("127.0.0.34", port).get(list);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(LoopbackHttp.from("127.0.0.34", port).putJson(answerPath(commentId), answer).status())
                .isEqualTo(401);
        assertThat(office("pkt_public_health").get("/cycles/" + cycleId + "/comments").status()).isEqualTo(403);
        assertThat(office("manager").get("/cycles/" + cycleId + "/comments?filter=all").body())
                .contains("ความเห็นสำหรับทดสอบสิทธิ์ของผู้ใช้").doesNotContain("answer-form");
        assertThat(office("strategy").putJson(answerPath(commentId), answer).status()).isEqualTo(200);
    }

    @Test
    void aBadAnswerNamesItsFieldsAndAnUnknownCommentIsNotFound() {
        String commentId = post("127.0.0.35", comment("general", "ความเห็นสำหรับทดสอบคำตอบที่ไม่ถูกต้อง"));

        LoopbackHttp.Response bad = office("strategy").putJson(answerPath(commentId), json(Map.of("status",
                "maybe", "text", "สั้นไป")));

        assertThat(bad.status()).isEqualTo(400);
        JsonNode errors = read(bad.body()).path("errors");
        assertThat(errors.path("status").asText()).contains("ผลการพิจารณา", "status must be one of accepted");
        assertThat(errors.path("text").asText()).contains("คำตอบต้องยาว 10–4,000", "text must be 10–4,000");
        assertThat(office("strategy").putJson(answerPath("no-such-comment"), json(Map.of("status", "considered",
                "text", "รับไว้พิจารณาแล้วครับ"))).status()).isEqualTo(404);
        assertThat(office("strategy").putJson("/api/cycles/no-such-cycle/comments/" + commentId + "/answer",
                json(Map.of("status", "considered", "text", "รับไว้พิจารณาแล้วครับ"))).status()).isEqualTo(404);
        assertThat(office("strategy").get("/api/cycles/no-such-cycle/comments").status()).isEqualTo(404);
    }

    @Test
    void hidingRestoringAndRemovingKeepTheirReasonsInTheHistory() {
        String commentId = post("127.0.0.36", comment("general", "ความเห็นที่มีเบอร์โทรศัพท์ของผู้อื่น 081-234-5678"));

        assertThat(office("strategy").postJson(moderationPath(commentId), json(Map.of("action", "hide")))
                .status()).as("a reason is required").isEqualTo(400);
        assertThat(office("strategy").postJson(moderationPath(commentId), json(Map.of("action", "hide",
                "reason", "มีข้อมูลส่วนบุคคลของผู้อื่น"))).status()).isEqualTo(200);
        assertThat(office("strategy").postJson(moderationPath(commentId), json(Map.of("action", "hide",
                "reason", "ซ่อนซ้ำ"))).status()).isEqualTo(409);
        assertThat(publicComments()).isZero();
        assertThat(office("strategy").postJson(moderationPath(commentId), json(Map.of("action", "restore",
                "reason", "ตรวจแล้ว เป็นเบอร์ของหน่วยงาน"))).status()).isEqualTo(200);
        assertThat(publicComments()).isEqualTo(1);
        LoopbackHttp.Response removed = office("strategy").postJson(moderationPath(commentId), json(Map.of(
                "action", "remove", "reason", "ผู้แสดงความเห็นขอให้นำออก")));
        assertThat(removed.status()).isEqualTo(200);
        JsonNode comment = read(removed.body());
        assertThat(comment.path("status").asText()).isEqualTo("removed");
        assertThat(comment.path("history").findValuesAsText("action")).containsExactly("hide", "restore", "remove");
        assertThat(comment.path("history").findValuesAsText("detail")).containsExactly("มีข้อมูลส่วนบุคคลของผู้อื่น",
                "ตรวจแล้ว เป็นเบอร์ของหน่วยงาน", "ผู้แสดงความเห็นขอให้นำออก");
        assertThat(comment.path("history").findValuesAsText("actor")).containsOnly("strategy");
        assertThat(office("strategy").putJson(answerPath(commentId), json(Map.of("status", "considered",
                "text", "ตอบความเห็นที่นำออกแล้ว"))).status()).isEqualTo(409);
    }

    @Test
    void thePublicPageFormsWorkWithoutJavaScript() {
        String form = "itemId=" + enc("goal:PKT-S2") + "&text=" + enc("ควรจัดวิ่งมาราธอนนานาชาติช่วงนอกฤดูท่องเที่ยว")
                + "&sector=private_sector&name=" + enc("ชมรมนักวิ่งภูเก็ต") + "&district=&email=&website=";
        LoopbackHttp.Response posted = LoopbackHttp.from("127.0.0.37", port).postForm("/hearing/" + cycleId, form);

        assertThat(posted.status()).isEqualTo(302);
        assertThat(posted.header("Location")).contains("/hearing/" + cycleId + "?posted=").contains("#c-");
        LoopbackHttp.Response after = LoopbackHttp.from("127.0.0.37", port).get(posted.header("Location")
                .replaceFirst("^https?://[^/]+", "").replaceFirst("#.*", ""));
        assertThat(after.body()).contains("ขอบคุณ ได้รับความคิดเห็นของท่านแล้ว",
                "ควรจัดวิ่งมาราธอนนานาชาติช่วงนอกฤดูท่องเที่ยว", "ชมรมนักวิ่งภูเก็ต");

        LoopbackHttp.Response invalid = LoopbackHttp.from("127.0.0.37", port).postForm("/hearing/" + cycleId,
                "itemId=general&text=" + enc("สั้น") + "&sector=&email=" + enc("a@b.co"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("ความคิดเห็นต้องยาว 10–2,000 ตัวอักษร", "กรุณาเลือกว่าท่านแสดงความคิดเห็นในนาม",
                "consent must be true", ">สั้น</textarea>", "value=\"a@b.co\"");

        String commentId = read(LoopbackHttp.from("127.0.0.38", port).get("/api/public/cycles/" + cycleId
                + "/hearing").body()).path("comments").get(0).path("commentId").asText();
        LoopbackHttp.Response reported = LoopbackHttp.from("127.0.0.38", port).postForm("/hearing/" + cycleId
                + "/comments/" + commentId + "/report", "reason=spam&item=&page=1");
        assertThat(reported.status()).isEqualTo(302);
        assertThat(reported.header("Location")).contains("reported=" + commentId);
    }

    @Test
    void theOfficePageAnswersWithAPlainForm() {
        String commentId = post("127.0.0.39", comment("general", "ความเห็นที่สำนักงานตอบผ่านหน้าเว็บ"));

        LoopbackHttp.Response saved = office("strategy").postForm("/cycles/" + cycleId + "/comments/" + commentId
                + "/answer", "status=out_of_scope&text=" + enc("เรื่องนี้อยู่ในอำนาจของเทศบาล ได้ส่งต่อแล้ว")
                + "&filter=unanswered&item=");

        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.header("Location")).contains("done=" + commentId);
        assertThat(office("strategy").get("/cycles/" + cycleId + "/comments?filter=answered").body())
                .contains("ไม่อยู่ในขอบเขตของแผน", "เรื่องนี้อยู่ในอำนาจของเทศบาล ได้ส่งต่อแล้ว");
        LoopbackHttp.Response tooShort = office("strategy").postForm("/cycles/" + cycleId + "/comments/"
                + commentId + "/answer", "status=accepted&text=" + enc("สั้น"));
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body()).contains("คำตอบต้องยาว 10–4,000 ตัวอักษร");
        assertThat(office("manager").postForm("/cycles/" + cycleId + "/comments/" + commentId + "/answer",
                "status=accepted&text=" + enc("ผู้บริหารตอบไม่ได้ครับ")).status()).isEqualTo(403);
    }

    @Test
    void theCommitteeGetsTheRecordAsAWorkbookWithEveryVisibleCommentAndNoEmail() throws Exception {
        String answered = post("127.0.0.40", json(Map.of("itemId", "goal:PKT-M1", "text",
                "ควรมีท่าเรือสำหรับเรือยอชต์ที่อ่าวฉลอง", "sector", "private_sector", "district", "เมืองภูเก็ต",
                "name", "สมาคมเรือยอชต์", "email", "yacht." + cycleId + "@example.org", "consent", true)));
        post("127.0.0.41", comment("general", "ความเห็นทั่วไปที่ยังไม่ได้รับคำตอบ"));
        String removed = post("127.0.0.42", comment("general", "ความเห็นที่สำนักงานนำออกเพราะไม่สุภาพ"));
        office("strategy").putJson(answerPath(answered), json(Map.of("status", "considered",
                "text", "รับไว้พิจารณาในแผนปี 2564")));
        office("strategy").postJson(moderationPath(removed), json(Map.of("action", "remove", "reason", "ไม่สุภาพ")));

        LoopbackHttp.Response file = office("committee").get("/api/cycles/" + cycleId + "/hearing-record.xlsx");

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.header("Content-Disposition")).contains(cycleId + "-hearing-record-2018-08-20.xlsx");
        assertThat(LoopbackHttp.from("127.0.0.43", port).get("/api/cycles/" + cycleId + "/hearing-record.xlsx")
                .status()).as("no login").isEqualTo(401);
        assertThat(office("pkt_public_health").get("/api/cycles/" + cycleId + "/hearing-record.xlsx").status())
                .as("an agency").isEqualTo(403);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(
                file.bodyBytes()))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("สรุป");
            String summary = text(workbook.getSheetAt(0));
            assertThat(summary).contains("บันทึกการรับฟังความคิดเห็นต่อร่างแผนพัฒนาจังหวัด", "วันพฤหัสบดีที่ 13 กันยายน 2561",
                    "ภาคเอกชน|1", "รับไว้พิจารณา|1", "ยังไม่ตอบ (unanswered)|1", "เมืองภูเก็ต|1");
            String comments = text(workbook.getSheetAt(1));
            assertThat(comments).contains("ควรมีท่าเรือสำหรับเรือยอชต์ที่อ่าวฉลอง", "สมาคมเรือยอชต์",
                    "รับไว้พิจารณาในแผนปี 2564", "ความเห็นทั่วไปที่ยังไม่ได้รับคำตอบ")
                    .doesNotContain("ความเห็นที่สำนักงานนำออก", "@example.org");
        }
    }

    /** Every row of a sheet, its cells joined by {@code |}, one row a line. */
    private static String text(org.apache.poi.ss.usermodel.Sheet sheet) {
        StringBuilder all = new StringBuilder();
        org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            List<String> cells = new java.util.ArrayList<>();
            row.forEach(cell -> cells.add(format.formatCellValue(cell)));
            all.append(String.join("|", cells)).append('\n');
        }
        return all.toString();
    }

    private String post(String from, String body) {
        LoopbackHttp.Response response = LoopbackHttp.from(from, port).postJson("/api/public/cycles/" + cycleId
                + "/comments", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return read(response.body()).path("commentId").asText();
    }

    private int publicComments() {
        return read(LoopbackHttp.from("127.0.0.98", port).get("/api/public/cycles/" + cycleId + "/hearing").body())
                .path("comments").size();
    }

    private LoopbackHttp office(String user) {
        return LoopbackHttp.from("127.0.0.1", port).header("Authorization", basic(user));
    }

    private String answerPath(String commentId) {
        return "/api/cycles/" + cycleId + "/comments/" + commentId + "/answer";
    }

    private String moderationPath(String commentId) {
        return "/api/cycles/" + cycleId + "/comments/" + commentId + "/moderation";
    }

    private List<MimeMessage> received(String address) {
        return mailServer.greenMail().findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address),
                message -> true).toList();
    }

    /** The text and HTML parts of an email, decoded. */
    private static String body(jakarta.mail.Part part) throws Exception {
        if (part.isMimeType("multipart/*")) {
            jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) part.getContent();
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(body(multipart.getBodyPart(i))).append('\n');
            }
            return all.toString();
        }
        return part.isMimeType("text/*") ? part.getContent().toString() : "";
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
