package th.go.phuket.planning.hearing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static th.go.phuket.planning.hearing.web.HearingFixture.comment;
import static th.go.phuket.planning.hearing.web.HearingFixture.json;
import static th.go.phuket.planning.hearing.web.HearingFixture.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
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

/**
 * The public API of the hearing over real HTTP, each request from a loopback address of its own (127.0.0.x bound
 * before connecting), as different people: every status of the SPEC, the honeypot, reports from distinct
 * addresses, text that stays text, and no email or address in anything public.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicHearingApiIntegrationTest {

    @LocalServerPort int port;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired RehearsalClock clock;

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
    void anyoneReadsTheHearingItsItemsAndVisibleCommentsButNeverAnEmail() {
        LoopbackHttp.Response posted = from("127.0.0.11").postJson(comments(), json(Map.of("itemId", "goal:PKT-M2",
                "text", "ควรเพิ่มศูนย์ฟอกไตที่โรงพยาบาลถลาง", "sector", "citizen", "name", "สมชาย ใจดี",
                "district", "ถลาง", "email", "somchai.secret@example.org", "consent", true)));
        assertThat(posted.status()).isEqualTo(201);
        String commentId = read(posted.body()).path("commentId").asText();
        assertThat(posted.header("Location")).endsWith("/api/public/comments/" + commentId);

        LoopbackHttp.Response hearing = from("127.0.0.12").get("/api/public/cycles/" + cycleId + "/hearing");

        assertThat(hearing.status()).isEqualTo(200);
        JsonNode body = read(hearing.body());
        assertThat(body.path("cycleId").asText()).isEqualTo(cycleId);
        assertThat(body.path("open").asBoolean()).isTrue();
        assertThat(body.path("opensAt").asText()).startsWith("2018-08-20T10:00").endsWith("+07:00");
        assertThat(body.path("closesAt").asText()).isEqualTo("2018-09-13T23:59:00+07:00");
        assertThat(body.path("items").get(0).path("itemId").asText()).isEqualTo("general");
        assertThat(body.path("items").findValuesAsText("itemId")).contains("goal:PKT-M1", "goal:PKT-S2");
        JsonNode comment = body.path("comments").get(0);
        assertThat(comment.path("commentId").asText()).isEqualTo(commentId);
        assertThat(comment.path("displayName").asText()).isEqualTo("สมชาย ใจดี");
        assertThat(comment.path("sector").asText()).isEqualTo("citizen");
        assertThat(comment.path("district").asText()).isEqualTo("ถลาง");
        assertThat(comment.path("answer").isNull()).isTrue();
        assertThat(comment.has("email")).isFalse();
        assertThat(hearing.body()).doesNotContain("somchai.secret", "127.0.0", "clientKey", "client_key");
        LoopbackHttp.Response page = from("127.0.0.12").get("/hearing/" + cycleId);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("ควรเพิ่มศูนย์ฟอกไตที่โรงพยาบาลถลาง").doesNotContain("somchai.secret");
        assertThat(from("127.0.0.12").get("/hearing/" + cycleId + "/record").body()).contains("สมชาย ใจดี")
                .doesNotContain("somchai.secret");
    }

    @Test
    void badInputIsRefusedNamingEachFieldInThaiAndEnglishAndNothingIsStored() {
        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("text", "สั้น");
        bad.put("sector", "martian");
        bad.put("name", "ก".repeat(101));
        bad.put("district", "กรุงเทพ");
        bad.put("email", "not-an-address");
        LoopbackHttp.Response refused = from("127.0.0.13").postJson(comments(), json(bad));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        JsonNode errors = read(refused.body()).path("errors");
        assertThat(errors.path("itemId").asText()).contains("กรุณาเลือกหัวข้อ", "itemId is required");
        assertThat(errors.path("text").asText()).contains("ความคิดเห็นต้องยาว 10–2,000 ตัวอักษร",
                "text must be 10–2,000 characters, it has 4");
        assertThat(errors.path("sector").asText()).contains("ภาคส่วน", "sector must be one of citizen");
        assertThat(errors.path("name").asText()).contains("ชื่อยาวได้ไม่เกิน 100", "name must be at most 100");
        assertThat(errors.path("district").asText()).contains("เมืองภูเก็ต", "กะทู้", "ถลาง", "district must be");
        assertThat(errors.path("email").asText()).contains("อีเมลไม่ถูกต้อง", "email is not a valid address");
        assertThat(errors.path("consent").asText()).contains("ยินยอม", "consent must be true");
        assertThat(from("127.0.0.13").postJson(comments(), "[1, 2").status()).isEqualTo(400);
        assertThat(from("127.0.0.13").postJson(comments(), json(Map.of("itemId", "general", "text",
                "ก".repeat(2001), "sector", "other"))).body()).contains("it has 2,001");
        assertThat(visibleComments()).isZero();
    }

    @Test
    void anUnknownCycleItemOrCommentIsNotFound() {
        assertThat(from("127.0.0.14").postJson("/api/public/cycles/no-such-cycle/comments",
                comment("general", "ความเห็นถึงรอบที่ไม่มีอยู่จริง")).status()).isEqualTo(404);
        LoopbackHttp.Response item = from("127.0.0.14").postJson(comments(),
                comment("goal:PKT-X9", "ความเห็นถึงเป้าหมายที่ไม่มี"));
        assertThat(item.status()).isEqualTo(404);
        assertThat(read(item.body()).path("detail").asText()).contains("goal:PKT-X9", "no item goal:PKT-X9");
        assertThat(from("127.0.0.14").get("/api/public/cycles/no-such-cycle/hearing").status()).isEqualTo(404);
        assertThat(from("127.0.0.14").get("/hearing/no-such-cycle").status()).isEqualTo(404);
        assertThat(from("127.0.0.14").postJson("/api/public/comments/no-such-comment/report", "{}").status())
                .isEqualTo(404);
    }

    @Test
    void outsideTheWindowACommentIsRefusedWithTheWindowsDates() {
        clock.moveTo(OffsetDateTime.parse("2018-09-14T08:00:00+07:00").toInstant());
        LoopbackHttp.Response late = from("127.0.0.15").postJson(comments(),
                comment("general", "ความเห็นหลังวันประชาคม"));

        assertThat(late.status()).isEqualTo(409);
        JsonNode problem = read(late.body());
        assertThat(problem.path("opensAt").asText()).startsWith("2018-08-20T10:00").endsWith("+07:00");
        assertThat(problem.path("closesAt").asText()).isEqualTo("2018-09-13T23:59:00+07:00");
        assertThat(problem.path("detail").asText()).contains("ปิดรับความคิดเห็นแล้ว", "13 ก.ย. 2561 23:59 น.",
                "comments were taken from 20 Aug 2018 10:00 to 13 Sep 2018 23:59");

        String draft = HearingFixture.draftNotPublished(runtime, clock);
        LoopbackHttp.Response early = from("127.0.0.15").postJson("/api/public/cycles/" + draft + "/comments",
                comment("general", "ความเห็นก่อนเผยแพร่ร่างแผน"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(read(early.body()).path("closesAt").asText()).isEqualTo("2018-09-13T23:59:00+07:00");
        assertThat(read(early.body()).path("detail").asText()).contains("ยังไม่เปิดรับความคิดเห็น",
                "they open when the draft is published");
        assertThat(read(from("127.0.0.15").get("/api/public/cycles/" + draft + "/hearing").body())
                .path("open").asBoolean()).isFalse();
    }

    @Test
    void theSameTextAgainFromOneAddressIsRefusedButNotFromAnother() {
        String text = "ขอให้ติดตั้งไฟส่องสว่าง ถนนเลียบหาดราไวย์";
        assertThat(from("127.0.0.16").postJson(comments(), comment("general", text)).status()).isEqualTo(201);

        LoopbackHttp.Response again = from("127.0.0.16").postJson(comments(),
                comment("goal:PKT-M1", "  ขอให้ติดตั้งไฟส่องสว่าง  ถนนเลียบหาดราไวย์ "));
        assertThat(again.status()).isEqualTo(409);
        assertThat(read(again.body()).path("detail").asText()).contains("ท่านส่งความคิดเห็นนี้แล้ว",
                "you already sent this comment");
        assertThat(from("127.0.0.17").postJson(comments(), comment("general", text)).status()).isEqualTo(201);
    }

    @Test
    void aSixthCommentWithinTenMinutesFromOneAddressWaitsWithRetryAfter() {
        for (int i = 1; i <= 5; i++) {
            assertThat(from("127.0.0.18").postJson(comments(), comment("general", "ความเห็นข้อที่ " + i
                    + " เรื่องการจราจรในเมือง")).status()).as("comment %d", i).isEqualTo(201);
        }
        LoopbackHttp.Response sixth = from("127.0.0.18").postJson(comments(),
                comment("general", "ความเห็นข้อที่ 6 เรื่องการจราจรในเมือง"));

        assertThat(sixth.status()).isEqualTo(429);
        long retryAfter = Long.parseLong(sixth.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 601L);
        assertThat(read(sixth.body()).path("detail").asText()).contains("ไม่เกิน 5 รายการใน 10 นาที",
                "at most 5 comments in 10 minutes");
        assertThat(from("127.0.0.19").postJson(comments(), comment("general",
                "ความเห็นข้อที่ 6 เรื่องการจราจรในเมือง")).status()).as("another address").isEqualTo(201);
        clock.moveTo(clock.now().plusSeconds(retryAfter));
        assertThat(from("127.0.0.18").postJson(comments(), comment("general",
                "ความเห็นข้อที่ 6 เรื่องการจราจรในเมือง")).status()).as("after Retry-After").isEqualTo(201);
    }

    @Test
    void aFilledHoneypotLooksAcceptedButNothingIsStoredOrShown() {
        LoopbackHttp.Response bot = from("127.0.0.20").postJson(comments(), json(Map.of("itemId", "general",
                "text", "ซื้อสินค้าราคาถูกที่เว็บไซต์ของเรา", "sector", "other", "website", "http://spam.example")));

        assertThat(bot.status()).isEqualTo(201);
        assertThat(read(bot.body()).path("commentId").asText()).isNotBlank();
        assertThat(visibleComments()).isZero();
        assertThat(from("127.0.0.20").get("/hearing/" + cycleId).body()).doesNotContain("ซื้อสินค้าราคาถูก");
    }

    @Test
    void reportsFromThreeDistinctAddressesHideACommentUntilModerated() {
        String commentId = read(from("127.0.0.21").postJson(comments(), comment("general",
                "ข้อความที่ผู้อ่านเห็นว่าไม่เหมาะสม")).body()).path("commentId").asText();
        String report = json(Map.of("reason", "offensive"));

        assertThat(from("127.0.0.22").postJson(reportPath(commentId), report).status()).isEqualTo(202);
        assertThat(from("127.0.0.22").postJson(reportPath(commentId), report).status()).isEqualTo(202);
        assertThat(from("127.0.0.23").postJson(reportPath(commentId), "").status()).isEqualTo(202);
        assertThat(visibleComments()).as("two distinct addresses, one of them twice").isEqualTo(1);

        assertThat(from("127.0.0.24").postJson(reportPath(commentId), report).status()).isEqualTo(202);

        assertThat(visibleComments()).isZero();
        JsonNode office = read(from("127.0.0.25").header("Authorization", HearingFixture.basic("manager"))
                .get("/api/cycles/" + cycleId + "/comments").body());
        JsonNode hidden = office.path("comments").get(0);
        assertThat(hidden.path("status").asText()).isEqualTo("hidden");
        assertThat(hidden.path("reports").path("open").asInt()).isEqualTo(3);
        assertThat(hidden.path("history").get(0).path("action").asText()).isEqualTo("hidden_by_reports");
    }

    @Test
    void textIsShownAsTextNeverAsMarkup() {
        String attack = "<script>alert('x')</script><img src=x onerror=alert(1)> & ขอบคุณ";
        assertThat(from("127.0.0.26").postJson(comments(), json(Map.of("itemId", "general", "text", attack,
                "sector", "citizen", "name", "<b>ผู้ไม่หวังดี</b>"))).status()).isEqualTo(201);

        LoopbackHttp.Response page = from("127.0.0.26").get("/hearing/" + cycleId);

        assertThat(page.body()).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;"
                + " &amp; ขอบคุณ", "&lt;b&gt;ผู้ไม่หวังดี&lt;/b&gt;").doesNotContain("<script>alert", "<img src=x",
                "<b>ผู้ไม่หวังดี");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'", "object-src 'none'");
        assertThat(from("127.0.0.26").get("/hearing/" + cycleId + "/record").body())
                .doesNotContain("<script>alert", "<img src=x").contains("&lt;script&gt;");
        assertThat(read(from("127.0.0.26").get("/api/public/cycles/" + cycleId + "/hearing").body())
                .path("comments").get(0).path("text").asText()).as("JSON carries the text as given").isEqualTo(attack);
    }

    @Test
    void forwardedForIsIgnoredFromAPeerThatIsNoTrustedProxy() {
        String text = "ความเห็นจากผู้ที่พยายามปลอมที่อยู่ผ่าน X-Forwarded-For";
        assertThat(from("127.0.0.27").header("X-Forwarded-For", "198.51.100.1").postJson(comments(),
                comment("general", text)).status()).isEqualTo(201);

        assertThat(from("127.0.0.27").header("X-Forwarded-For", "198.51.100.2").postJson(comments(),
                comment("general", text)).status()).as("the same peer, whatever it claims").isEqualTo(409);
    }

    private LoopbackHttp from(String address) {
        return LoopbackHttp.from(address, port);
    }

    private String comments() {
        return "/api/public/cycles/" + cycleId + "/comments";
    }

    private static String reportPath(String commentId) {
        return "/api/public/comments/" + commentId + "/report";
    }

    private int visibleComments() {
        return read(from("127.0.0.99").get("/api/public/cycles/" + cycleId + "/hearing").body()).path("comments")
                .size();
    }
}
