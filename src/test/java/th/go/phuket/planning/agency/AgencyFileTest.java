package th.go.phuket.planning.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The directory's file: what the export writes the import reads back, and a bad cell is named by row and column. */
class AgencyFileTest {

    private static final Agency HEALTH = new Agency("pkt_public_health", "สำนักงานสาธารณสุขจังหวัดภูเก็ต",
            "Phuket Provincial Public Health Office", AgencyCategory.REGIONAL_AGENCY, "saraban@pkt-health.go.th", true,
            List.of(new AgencyContact("pkt_public_health-1", "นางสาวสมศรี ใจดี", "นักวิเคราะห์นโยบายและแผน",
                    "somsri@pkt-health.go.th", "076 211 234 ต่อ 12")));

    @Test
    void theExportedWorkbookReadsBackAsTheSameAgency() throws Exception {
        List<AgencyFile.Row> rows = AgencyFile.read(AgencyFile.xlsx(List.of(HEALTH)), "agencies.xlsx");

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(AgencyRules.check(row.input())).isEmpty();
            Agency back = AgencyRules.toAgency(row.input());
            assertThat(back.contacts()).singleElement().satisfies(c -> assertThat(c.sameAs(HEALTH.contacts().get(0))).isTrue());
            assertThat(back).usingRecursiveComparison().ignoringFields("contacts").isEqualTo(HEALTH);
        });
        assertThat(AgencyFile.read(AgencyFile.csv(List.of(HEALTH)), "agencies.csv").get(0).input())
                .isEqualTo(rows.get(0).input());
    }

    @Test
    void aBadCellOfAWorkbookIsNamedByItsRowAndColumn() throws Exception {
        byte[] xlsx;
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(AgencyFile.xlsx(List.of(HEALTH, HEALTH))))) {
            Sheet sheet = workbook.getSheetAt(0);
            sheet.getRow(2).getCell(AgencyFile.columns().indexOf("contact1_email")).setCellValue("somsri at health");
            sheet.getRow(2).getCell(0).setCellValue("pkt_public_health_2");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        AgencyFile.Row second = AgencyFile.read(xlsx, "agencies.xlsx").get(1);

        assertThat(AgencyRules.check(second.input())).containsOnlyKeys("contacts[1].email");
        assertThat(second.problem("contacts[1].email", "bad")).contains("agencies.xlsx", "line 3",
                "column contact1_email");
    }

    @Test
    void theShippedFileReadsAndAFileWithoutItsColumnsOrThatIsNoSpreadsheetIsRefused() {
        byte[] shipped = ("id,name_th,name_en,category,email,parent_group\n"
                + "pkt_x,หน่วยงาน,Agency,district,x@x.go.th,district\n").getBytes(StandardCharsets.UTF_8);
        assertThat(AgencyFile.read(shipped, "agencies.csv").get(0).input().contacts())
                .as("a file without contact columns leaves the contacts as they are").isNull();
        assertThatThrownBy(() -> AgencyFile.read("id,name\n".getBytes(StandardCharsets.UTF_8), "x.csv"))
                .isInstanceOf(AgencyInputException.class).hasMessageContaining("name_th, name_en, category, email");
        assertThatThrownBy(() -> AgencyFile.read(new byte[] {'P', 'K', 3, 4, 1, 2}, "broken.xlsx"))
                .isInstanceOf(AgencyInputException.class).hasMessageContaining("cannot read broken.xlsx");
    }
}
