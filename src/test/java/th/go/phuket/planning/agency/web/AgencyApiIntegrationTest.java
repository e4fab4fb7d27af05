package th.go.phuket.planning.agency.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.agency.IdentitySeeder;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.cycle.CycleWalk;
import th.go.phuket.planning.mail.EmbeddedMailServer;

/**
 * The office keeps the agency directory over {@code /api/agencies} in the whole application: add an agency with
 * contact people (their users land in its group), change it, retire it; refusals name each field; agencies and
 * managers may not write; a file is imported whole or not at all. After the office changes an agency's address, the
 * next email of a cycle already running goes to the new address and to the contacts (GreenMail).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "planning.demo.cycle=false")
class AgencyApiIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired TestRestTemplate rest;
    @Autowired ProcessEngine engine;
    @Autowired AgencyDirectory directory;
    @Autowired JdbcTemplate jdbc;
    @Autowired EmbeddedMailServer mail;

    private TestRestTemplate office() {
        return rest.withBasicAuth("strategy", IdentitySeeder.DEMO_PASSWORD);
    }

    private ResponseEntity<String> send(TestRestTemplate as, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    private static JsonNode json(ResponseEntity<String> response) throws Exception {
        return JSON.readTree(response.getBody());
    }

    private static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36);
    }

    @Test
    void theOfficeAddsChangesAndRetiresAnAgencyWithContactsWhoGetUsersInItsGroup() throws Exception {
        String id = unique("pkt_it_");
        Map<String, Object> agency = Map.of("id", id, "nameTh", "สำนักงานทดสอบจังหวัดภูเก็ต",
                "nameEn", "Phuket Test Office", "category", "regional_agency", "email", "saraban@test.phuket.go.th",
                "contacts", List.of(Map.of("name", "นางสาวสมศรี ใจดี", "position", "นักวิเคราะห์นโยบายและแผน",
                        "email", "somsri@test.phuket.go.th", "phone", "0 7621 1234 ต่อ 101")));

        ResponseEntity<String> created = send(office(), HttpMethod.POST, "/api/agencies", agency);
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        JsonNode body = json(created);
        String contactUser = body.at("/contacts/0/userId").asText();
        assertThat(contactUser).isEqualTo(id + "-1");
        assertThat(body.get("active").asBoolean()).isTrue();
        var identity = engine.getIdentityService();
        assertThat(identity.createGroupQuery().groupId(id).singleResult().getName()).isEqualTo("สำนักงานทดสอบจังหวัดภูเก็ต");
        assertThat(identity.createUserQuery().userId(contactUser).memberOfGroup(id).singleResult().getEmail())
                .isEqualTo("somsri@test.phuket.go.th");
        assertThat(engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(id).count())
                .as("the new agency's rights").isPositive();
        assertThat(send(office(), HttpMethod.POST, "/api/agencies", agency).getStatusCode().value()).isEqualTo(409);

        ResponseEntity<String> changed = send(office(), HttpMethod.PUT, "/api/agencies/" + id, Map.of(
                "email", "saraban2@test.phuket.go.th", "nameTh", "สำนักงานทดสอบจังหวัดภูเก็ต (ใหม่)",
                "contacts", List.of(Map.of("name", "นางสาวสมศรี ใจดี", "position", "หัวหน้ากลุ่มงาน",
                        "email", "somsri@test.phuket.go.th"), Map.of("name", "นายสมชาย รักดี",
                        "email", "somchai@test.phuket.go.th", "phone", "081-234-5678"))));
        assertThat(changed.getStatusCode().value()).as(changed.getBody()).isEqualTo(200);
        assertThat(json(changed).at("/contacts/0/userId").asText()).as("the same person keeps the user")
                .isEqualTo(contactUser);
        assertThat(json(changed).at("/contacts/1/userId").asText()).isEqualTo(id + "-2");
        assertThat(directory.require(id).recipients()).containsExactly("saraban2@test.phuket.go.th",
                "somsri@test.phuket.go.th", "somchai@test.phuket.go.th");
        assertThat(identity.createGroupQuery().groupId(id).singleResult().getName()).endsWith("(ใหม่)");

        assertThat(send(office(), HttpMethod.PUT, "/api/agencies/" + id, Map.of("contacts",
                List.of(Map.of("name", "นายสมชาย รักดี", "email", "somchai@test.phuket.go.th")))).getStatusCode()
                .value()).isEqualTo(200);
        assertThat(identity.createUserQuery().userId(contactUser).count()).as("a contact taken off loses the user")
                .isZero();

        ResponseEntity<String> retired = send(office(), HttpMethod.PUT, "/api/agencies/" + id, Map.of("active", false));
        assertThat(json(retired).get("active").asBoolean()).isFalse();
        assertThat(directory.activeIds()).doesNotContain(id);
        assertThat(directory.find(id)).as("kept with its history").isPresent();
        ResponseEntity<String> start = send(office(), HttpMethod.POST, "/api/cycles",
                Map.of("cycleId", unique("retired-"), "agencies", id));
        assertThat(start.getStatusCode().value()).isEqualTo(400);
        assertThat(start.getBody()).contains("retired");

        JsonNode changes = json(office().getForEntity("/api/agencies/changes?agencyId=" + id, String.class));
        assertThat(changes).extracting(change -> change.get("action").asText() + ":" + change.get("changedBy").asText())
                .containsExactly("RETIRE:strategy", "CHANGE:strategy", "CHANGE:strategy", "ADD:strategy");
    }

    @Test
    void badValuesAreRefusedNamingEachFieldAndOnlyTheOfficeMayWrite() throws Exception {
        ResponseEntity<String> bad = send(office(), HttpMethod.POST, "/api/agencies", Map.of("id", "Bad Id",
                "nameTh", " ", "category", "ministry", "email", "not-an-address",
                "contacts", List.of(Map.of("name", "", "email", "x@", "phone", "call me"))));
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        JsonNode errors = json(bad).get("errors");
        assertThat(errors.fieldNames()).toIterable().containsExactly("id", "nameTh", "category", "email",
                "contacts[1].name", "contacts[1].email", "contacts[1].phone");
        assertThat(errors.get("email").asText()).contains("ไม่ใช่ที่อยู่อีเมล", "not an email address");
        assertThat(send(office(), HttpMethod.PUT, "/api/agencies/pkt_public_health", Map.of("email", "nobody"))
                .getStatusCode().value()).isEqualTo(400);
        assertThat(directory.require("pkt_public_health").email()).isEqualTo("pkt_public_health@agencies.example");
        assertThat(send(office(), HttpMethod.PUT, "/api/agencies/pkt_nowhere", Map.of("email", "a@b.go.th"))
                .getStatusCode().value()).isEqualTo(404);

        var agency = rest.withBasicAuth("pkt_public_health", IdentitySeeder.DEMO_PASSWORD);
        var manager = rest.withBasicAuth("manager", IdentitySeeder.DEMO_PASSWORD);
        for (TestRestTemplate reader : List.of(agency, manager)) {
            assertThat(send(reader, HttpMethod.PUT, "/api/agencies/pkt_public_health",
                    Map.of("email", "taken@over.example")).getStatusCode().value()).isEqualTo(403);
        }
        // the files and the change log name people: the office's and the managers', not the agencies'
        for (String path : List.of("/api/agencies.csv", "/api/agencies.xlsx", "/api/agencies/changes")) {
            assertThat(manager.getForEntity(path, String.class).getStatusCode().value()).as(path).isEqualTo(200);
            assertThat(agency.getForEntity(path, String.class).getStatusCode().value()).as(path).isEqualTo(403);
        }
        String withContact = unique("pkt_contacts_");
        assertThat(send(office(), HttpMethod.POST, "/api/agencies", Map.of("id", withContact, "nameTh", "หน่วยงานมีผู้ติดต่อ",
                "category", "district", "email", "c@contacts.go.th", "contacts",
                List.of(Map.of("name", "นางผู้ติดต่อ", "email", "person@contacts.go.th"))))
                .getStatusCode().value()).isEqualTo(201);
        JsonNode all = json(agency.getForEntity("/api/agencies", String.class));
        assertThat(all.size()).isGreaterThanOrEqualTo(67);
        assertThat(all.get(1).get("id").asText()).isEqualTo("pkt_strategy_group");
        assertThat(all.toString()).contains(withContact).doesNotContain("person@contacts.go.th", "นางผู้ติดต่อ");
        assertThat(json(agency.getForEntity("/api/agencies/" + withContact, String.class)).get("contacts"))
                .isEmpty();
        assertThat(json(manager.getForEntity("/api/agencies/" + withContact, String.class)).get("contacts")
                .get(0).get("email").asText()).isEqualTo("person@contacts.go.th");
    }

    @Test
    void aFileIsImportedWholeOrNotAtAllAndTheExportComesBackTheSame() throws Exception {
        String first = unique("pkt_file_a_");
        String second = unique("pkt_file_b_");
        String good = "id,name_th,name_en,category,email,active,contact1_name,contact1_position,contact1_email,"
                + "contact1_phone\n"
                + first + ",หน่วยงานไฟล์ ก,File agency A,district,a@file.go.th,,นายเอ,ปลัดอำเภอ,ea@file.go.th,076-111-222\n"
                + second + ",หน่วยงานไฟล์ ข,File agency B,state_enterprise,b@file.go.th,false,,,,\n";
        String bad = good.replace(",a@file.go.th,", ",a-at-file,") + "pkt_public_health,,Health,hospital,h@h.go.th,maybe,,,,\n";

        ResponseEntity<String> refused = importCsv(bad);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(json(refused).get("errors")).extracting(JsonNode::asText).satisfiesExactly(
                e -> assertThat(e).contains("line 2, column email"),
                e -> assertThat(e).contains("line 4, column active"),
                e -> assertThat(e).contains("line 4, column name_th"),
                e -> assertThat(e).contains("line 4, column category"));
        assertThat(directory.find(first)).as("nothing of a refused file is kept").isEmpty();

        ResponseEntity<String> taken = importCsv(good);
        assertThat(taken.getStatusCode().value()).as(taken.getBody()).isEqualTo(200);
        assertThat(json(taken).get("added").asInt()).isEqualTo(2);
        assertThat(directory.require(second).active()).isFalse();
        assertThat(directory.require(first).contacts()).singleElement()
                .satisfies(contact -> assertThat(contact.userId()).isEqualTo(first + "-1"));

        byte[] xlsx = office().getForEntity("/api/agencies.xlsx", byte[].class).getBody();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        ResponseEntity<String> again = office().exchange("/api/agencies/import", HttpMethod.POST,
                new HttpEntity<>(xlsx, headers), String.class);
        assertThat(again.getStatusCode().value()).as(again.getBody()).isEqualTo(200);
        assertThat(json(again).get("added").asInt()).isZero();
        assertThat(json(again).get("changed").asInt()).as("the export read back changes nothing").isZero();
        String csv = new String(office().getForEntity("/api/agencies.csv", byte[].class).getBody(),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFid,name_th,name_en,category,email,active,contact1_name")
                .contains(first + ",หน่วยงานไฟล์ ก,File agency A,district,a@file.go.th,true,นายเอ,ปลัดอำเภอ");
    }

    @Test
    void theNextEmailAfterAnAddressChangeGoesToTheNewAddressAndTheContacts() throws Exception {
        String id = unique("pkt_mail_");
        String domain = id.replace('_', '-') + ".go.th";
        assertThat(send(office(), HttpMethod.POST, "/api/agencies", Map.of("id", id, "nameTh", "หน่วยงานทดสอบอีเมล",
                "nameEn", "Mail test agency", "category", "regional_agency", "email", "old@" + domain))
                .getStatusCode().value()).isEqualTo(201);
        String cycle = unique("mail-change-");
        ResponseEntity<String> started = send(office(), HttpMethod.POST, "/api/cycles", Map.of("cycleId", cycle,
                "agencies", id, "proposalsDue", "2026-11-30", "hearingDate", "2026-12-10", "committeeDate",
                "2026-12-17", "submissionDeadline", "2026-12-25"));
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(201);
        CycleWalk.complete(engine, CycleWalk.onlyTask(engine, cycle, CycleProcess.TASK_PREPARE_DRAFT));
        awaitDelivered(cycle, "TASK_ASSIGNED", "old@" + domain);

        assertThat(send(office(), HttpMethod.PUT, "/api/agencies/" + id, Map.of("email", "new@" + domain,
                "contacts", List.of(Map.of("name", "นางสาวผู้ประสาน", "email", "contact@" + domain))))
                .getStatusCode().value()).isEqualTo(200);
        Task review = CycleWalk.onlyTask(engine, cycle, ContributionProcess.TASK_AGENCY_REVIEW);
        CycleWalk.complete(engine, review);
        Task screening = CycleWalk.onlyTask(engine, cycle, ContributionProcess.TASK_SCREEN_PROPOSAL);
        CycleWalk.complete(engine, screening, Map.of(ContributionProcess.VAR_SCREENING_DECISION,
                ContributionProcess.SCREENING_RETURNED, ContributionProcess.VAR_SCREENING_NOTE, "กรุณาแนบงบประมาณ"));

        awaitDelivered(cycle, "RETURNED", "new@" + domain, "contact@" + domain);
        assertThat(CycleWalk.onlyTask(engine, cycle, ContributionProcess.TASK_AGENCY_REVIEW))
                .as("the returned review is open again for the agency").isNotNull();
    }

    private ResponseEntity<String> importCsv(String csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        headers.set("X-File-Name", "agencies-it.csv");
        return office().exchange("/api/agencies/import", HttpMethod.POST,
                new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), headers), String.class);
    }

    /** The email of the cycle of that kind is in the outbox for exactly these addresses and reached GreenMail. */
    private void awaitDelivered(String cycle, String kind, String... to) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<String> recipients = jdbc.queryForList("SELECT recipients FROM pc_outbox WHERE cycle_id = ? AND kind = ?"
                    + " AND status = 'SENT'", String.class, cycle, kind);
            assertThat(recipients).containsExactly(String.join(", ", to));
        });
        for (String address : to) {
            assertThat(Arrays.stream(mail.greenMail().getReceivedMessages()).filter(message -> sentTo(message, address)))
                    .as("delivered to " + address).isNotEmpty();
        }
    }

    private static boolean sentTo(MimeMessage message, String address) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(r -> r.toString().contains(address));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
