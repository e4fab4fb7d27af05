package th.go.phuket.planning.office.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import th.go.phuket.planning.agency.Agency;
import th.go.phuket.planning.agency.AgencyContact;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.browser.BrowserRun;
import th.go.phuket.planning.browser.BrowserScript;

/**
 * The strategy office keeps the agency directory on its page in Chromium (add with contacts, change, retire, import
 * a bad and a good file); the directory, the contacts' users and the change log follow; a manager reads it on a
 * phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "planning.demo.cycle=false")
class AgencyPageBrowserIntegrationTest {

    @LocalServerPort int port;
    @Autowired AgencyDirectory directory;
    @Autowired IdentityService identity;
    @Autowired JdbcTemplate jdbc;

    @BeforeAll
    static void browserInstalled() {
        BrowserScript.assumeBrowserInstalled();
    }

    @Test
    void theOfficeKeepsTheDirectoryOnItsPage() {
        String id = "pkt_energy_" + Long.toString(System.nanoTime(), 36);
        String imported = id + "_imp";
        String good = "id,name_th,name_en,category,email\n"
                + imported + ",ศูนย์ทดสอบการนำเข้า,Import test centre,central_agency_in_province,import@phuket.go.th\n";
        String bad = good + "pkt_public_health,,Health,hospital,not-an-address\n";

        BrowserRun run = BrowserScript.named("office-agencies")
                .env("AGENCY_ID", id)
                .env("GOOD_FILE", good)
                .env("BAD_FILE", bad)
                .runAgainst("http://localhost:" + port);

        assertThat(run.output()).contains("refused: ผู้ประสานงานคนที่ 2 อีเมล (email): อีเมล \"somchai at energy\"", "added: บันทึก สำนักงานพลังงานจังหวัดภูเก็ต",
                "changed: ", "retired: เลิกใช้ สำนักงานพลังงานจังหวัดภูเก็ต", "retired row: ", "เลิกใช้ (retired)",
                "import problem: agencies.csv", "line 3, column name_th", "line 3, column category",
                "line 3, column email", "imported: นำเข้าแล้ว: เพิ่ม 1",
                "history: ADD:" + imported + ":strategy RETIRE:" + id + ":strategy CHANGE:" + id + ":strategy ADD:"
                        + id + ":strategy", "manager reads: ");
        Agency energy = directory.require(id);
        assertThat(energy.active()).isFalse();
        assertThat(energy.email()).isEqualTo("energy@phuket.go.th");
        assertThat(energy.contacts()).extracting(AgencyContact::userId).containsExactly(id + "-1", id + "-2");
        assertThat(identity.createUserQuery().memberOfGroup(id).list()).hasSize(2);
        assertThat(directory.require(imported).nameTh()).isEqualTo("ศูนย์ทดสอบการนำเข้า");
        assertThat(directory.require("pkt_public_health").email()).as("the refused file changed nothing")
                .isEqualTo("pkt_public_health@agencies.example");
        List<String> log = jdbc.queryForList("SELECT action FROM pc_agency_change WHERE agency_id = ? ORDER BY id",
                String.class, id);
        assertThat(log).containsExactly("ADD", "CHANGE", "RETIRE");
        assertThat(run.screenshots()).hasSize(7).allSatisfy(shot -> assertThat(shot).isNotEmptyFile());
    }
}
