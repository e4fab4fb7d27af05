package th.go.phuket.planning.proposal.web;

import static org.hamcrest.Matchers.containsString;
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
import th.go.phuket.planning.proposal.FrameworkCatalogue;

/** {@code GET /api/frameworks} over the real catalogue of {@code data/frameworks.csv}. */
@WebMvcTest(FrameworkController.class)
@Import(FrameworkControllerTest.RealCatalogue.class)
class FrameworkControllerTest {

    @TestConfiguration
    static class RealCatalogue {
        @Bean
        FrameworkCatalogue frameworkCatalogue() {
            return FrameworkCatalogue.fromClasspath();
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void listsEveryCodeWithItsFrameworkTitlesAndEdition() throws Exception {
        mvc.perform(get("/api/frameworks"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(43)))
                .andExpect(jsonPath("$[0].framework").value("national_strategy"))
                .andExpect(jsonPath("$[0].frameworkTh").value("ยุทธศาสตร์ชาติ 20 ปี"))
                .andExpect(jsonPath("$[0].code").value("NS1"))
                .andExpect(jsonPath("$[0].titleTh").value("ยุทธศาสตร์ชาติด้านความมั่นคง"))
                .andExpect(jsonPath("$[0].titleEn").value("National security"))
                .andExpect(jsonPath("$[0].versionNote").value(containsString("2561–2580")));
    }

    @Test
    void listsTheCodesOfOneFramework() throws Exception {
        mvc.perform(get("/api/frameworks").param("framework", "phuket_goals"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(6)))
                .andExpect(jsonPath("$[3].code").value("PKT-M4"))
                .andExpect(jsonPath("$[3].titleEn").value("MICE City"));
    }

    @Test
    void findsOneCodeWhateverItsCase() throws Exception {
        mvc.perform(get("/api/frameworks/p12-7"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("P12-7"))
                .andExpect(jsonPath("$.frameworkTh").value("แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 12"));
    }

    @Test
    void unknownCodesAndFrameworksAreNotFoundInThaiThenEnglish() throws Exception {
        mvc.perform(get("/api/frameworks/NS9"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(
                        "ไม่พบรหัส \"NS9\" ในทะเบียนกรอบนโยบาย (no code \"NS9\" in the framework catalogue)"));
        mvc.perform(get("/api/frameworks").param("framework", "thailand50"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("unknown framework \"thailand50\"")));
    }
}
