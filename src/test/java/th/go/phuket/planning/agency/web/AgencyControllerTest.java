package th.go.phuket.planning.agency.web;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import th.go.phuket.planning.agency.AgencyDirectory;

/** The controller over the real directory of {@code data/agencies.csv}. */
@WebMvcTest(AgencyController.class)
@Import(AgencyControllerTest.RealDirectory.class)
class AgencyControllerTest {

    @TestConfiguration
    static class RealDirectory {
        @Bean
        AgencyDirectory agencyDirectory() {
            return AgencyDirectory.fromClasspath();
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void listsEveryAgencyWithThaiAndEnglishNamesCategoryAndEmail() throws Exception {
        mvc.perform(get("/api/agencies"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(67)))
                .andExpect(jsonPath("$[1].id").value("pkt_strategy_group"))
                .andExpect(jsonPath("$[1].nameTh")
                        .value("กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด สำนักงานจังหวัดภูเก็ต"))
                .andExpect(jsonPath("$[1].nameEn")
                        .value("Strategy and Information for Provincial Development Group, Phuket Provincial Office"))
                .andExpect(jsonPath("$[1].category").value("provincial_administration"))
                .andExpect(jsonPath("$[1].categoryTh").value("สำนักงานจังหวัด"))
                .andExpect(jsonPath("$[1].email").value("pkt_strategy_group@agencies.example"));
    }

    @Test
    void returnsOneAgencyById() throws Exception {
        mvc.perform(get("/api/agencies/pkt_public_health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nameTh").value("สำนักงานสาธารณสุขจังหวัดภูเก็ต"))
                .andExpect(jsonPath("$.category").value("regional_agency"));
    }

    @Test
    void unknownAgencyIsNotFoundWithAThaiAndEnglishMessage() throws Exception {
        mvc.perform(get("/api/agencies/pkt_nowhere"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail")
                        .value("ไม่พบหน่วยงานรหัส 'pkt_nowhere' ในทะเบียนหน่วยงาน (unknown agency id 'pkt_nowhere')"))
                .andExpect(jsonPath("$.agencyId").value("pkt_nowhere"));
    }
}
