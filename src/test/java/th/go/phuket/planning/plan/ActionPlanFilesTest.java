package th.go.phuket.planning.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.junit.jupiter.api.Test;
import th.go.phuket.planning.proposal.FrameworkCatalogue;
import th.go.phuket.planning.proposal.Placement;
import th.go.phuket.planning.proposal.Project;
import th.go.phuket.planning.support.CsvReader;

/** The XLSX and the CSV of a small plan: Thai headers and text, B.E. years, totals, a printable layout. */
class ActionPlanFilesTest {

    private static final FrameworkCatalogue CATALOGUE = FrameworkCatalogue.fromClasspath();

    private final ActionPlan plan = new ActionPlan("phuket-2563", "ทบทวนแผนพัฒนาจังหวัดภูเก็ต พ.ศ. 2561–2564",
            "ภูเก็ต", 2563, "2561-2564", Instant.parse("2018-09-14T02:00:00Z"), 2,
            List.of(new PlanAgency("pkt_fisheries", "สำนักงานประมงจังหวัดภูเก็ต", "regional_agency"),
                    new PlanAgency("lao_karon", "เทศบาลตำบลกะรน", "local_admin_org")),
            List.of(new PlanProject(1, "pkt_fisheries", "สำนักงานประมงจังหวัดภูเก็ต", "regional_agency",
                            new Project("=HYPERLINK(\"http://x\") ธนาคารปูม้า, ชุมชนราไวย์", "เพิ่ม \"ปูม้า\" ในทะเล",
                                    new BigDecimal("350000.25"), "กลุ่มงานประมง", "mueang_phuket", 2563,
                                    List.of("PKT-M1", "NS5", "P12-4")), Placement.PROVINCIAL_PLAN),
                    new PlanProject(2, "lao_karon", "เทศบาลตำบลกะรน", "local_admin_org",
                            new Project("ไฟส่องสว่างหาดกะรน", null, new BigDecimal("1200000"), null, null, 2564,
                                    List.of("PKT-S1", "PKT-M1", "NS2")), Placement.LOCAL_ADMIN_PLAN)));

    @Test
    void workbookHoldsTheProjectsAndFourSummariesInThai() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ActionPlanWorkbook(CATALOGUE).write(plan, out);

        try (PlanWorkbookReader xlsx = new PlanWorkbookReader(out.toByteArray())) {
            assertThat(xlsx.sheetNames()).containsExactly("แผนปฏิบัติราชการ", "สรุปตามเป้าหมายจังหวัด",
                    "สรุปตามยุทธศาสตร์ชาติ", "สรุปตามหน่วยงาน", "สรุปตามแผนที่บรรจุ");
            assertThat(xlsx.text(0, 0, 0)).isEqualTo("แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2563 จังหวัดภูเก็ต");
            assertThat(xlsx.text(0, 2, 0)).startsWith("ข้อมูล ณ 14 ก.ย. 2561 09:00 น. · ผ่านการกลั่นกรองแล้ว 2 จาก 2 หน่วยงาน")
                    .endsWith("2 โครงการ · งบประมาณรวม 1,550,000.25 บาท");
            assertThat(xlsx.text(0, ActionPlanWorkbook.HEADER_ROW, PlanColumns.FISCAL_YEAR)).isEqualTo("ปีงบประมาณ (พ.ศ.)");
            var rows = xlsx.body(0);
            assertThat(rows.get(0).getCell(2).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\") ธนาคารปูม้า, ชุมชนราไวย์");
            assertThat(rows.get(1).getCell(PlanColumns.FISCAL_YEAR).getNumericCellValue()).isEqualTo(2564);
            assertThat(rows.get(1).getCell(PlanColumns.FISCAL_YEAR).getCellStyle().getDataFormatString()).isEqualTo("0");
            assertThat(rows.get(0).getCell(PlanColumns.BUDGET).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(rows.get(1).getCell(8).getStringCellValue())
                    .isEqualTo("PKT-S1 เมืองอัจฉริยะ; PKT-M1 ศูนย์กลางกิจกรรมและการท่องเที่ยวทางทะเล");
            assertThat(rows.get(0).getCell(10).getStringCellValue()).isEqualTo("P12-4");
            assertThat(rows.get(1).getCell(6).getStringCellValue()).isEqualTo("ทั้งจังหวัดภูเก็ต");
            assertThat(rows.get(1).getCell(11).getStringCellValue()).isEqualTo("แผนพัฒนาท้องถิ่น (local administration plan)");
            assertThat(xlsx.total(0, PlanColumns.BUDGET)).isEqualByComparingTo("1550000.25");
            assertThat(xlsx.summary(1)).containsEntry("PKT-M1", new BigDecimal("1550000.25"))
                    .containsEntry("PKT-S1", new BigDecimal("1200000.00")).containsEntry("PKT-M2", new BigDecimal("0.00"));
            assertThat(xlsx.total(1, 3)).isEqualByComparingTo("1550000.25");
            assertThat(xlsx.summary(3)).containsExactly(java.util.Map.entry("pkt_fisheries", new BigDecimal("350000.25")),
                    java.util.Map.entry("lao_karon", new BigDecimal("1200000.00")));

            PrintSetup print = xlsx.sheet(0).getPrintSetup();
            assertThat(print.getLandscape()).isTrue();
            assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(xlsx.sheet(0).getRepeatingRows().getFirstRow()).isEqualTo(ActionPlanWorkbook.HEADER_ROW);
        }
    }

    @Test
    void csvIsUtf8WithABomThaiHeadersAndSummaries() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ActionPlanCsv(CATALOGUE).write(plan, out);
        String text = out.toString(StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFFแผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2563 จังหวัดภูเก็ต\r\n");
        List<CsvReader.Row> rows = CsvReader.read(new StringReader(text));
        assertThat(rows.get(2).fields()).containsExactlyElementsOf(PlanColumns.headers());
        assertThat(rows.get(2).fields().get(0)).isEqualTo("ลำดับ");
        assertThat(rows.get(3).fields()).containsExactly("1", "สำนักงานประมงจังหวัดภูเก็ต",
                "'=HYPERLINK(\"http://x\") ธนาคารปูม้า, ชุมชนราไวย์", "เพิ่ม \"ปูม้า\" ในทะเล", "350000.25",
                "กลุ่มงานประมง", "อำเภอเมืองภูเก็ต", "2563", "PKT-M1 ศูนย์กลางกิจกรรมและการท่องเที่ยวทางทะเล",
                "NS5 ยุทธศาสตร์ชาติด้านการสร้างการเติบโตบนคุณภาพชีวิตที่เป็นมิตรต่อสิ่งแวดล้อม", "P12-4",
                "แผนพัฒนาจังหวัด (provincial plan)");
        assertThat(rows.get(5).fields()).containsExactly("", "รวมทั้งสิ้น 2 โครงการ", "", "", "1550000.25");
        assertThat(rows).extracting(row -> row.fields().get(0)).contains("สรุปตามเป้าหมายจังหวัด",
                "สรุปตามยุทธศาสตร์ชาติ", "สรุปตามหน่วยงาน", "สรุปตามแผนที่บรรจุ");
        assertThat(rows).anySatisfy(row -> assertThat(row.fields()).containsExactly("PKT-M1",
                "ศูนย์กลางกิจกรรมและการท่องเที่ยวทางทะเล", "2", "1550000.25"));
        assertThat(rows).anySatisfy(row -> assertThat(row.fields()).containsExactly("lao_karon", "เทศบาลตำบลกะรน",
                "1", "1200000.00"));
    }

    @Test
    void anAgencyWithoutProjectsStillShowsInTheAgencySummary() {
        ActionPlan empty = new ActionPlan("phuket-2563", null, "ภูเก็ต", 2563, "2561-2564", Instant.now(), 3,
                List.of(new PlanAgency("dist_thalang", "ที่ว่าการอำเภอถลาง", "district")), List.of());

        assertThat(PlanTotals.of(empty, CATALOGUE).byAgency()).containsExactly(
                new PlanTotal("dist_thalang", "ที่ว่าการอำเภอถลาง", 0, BigDecimal.ZERO));
        assertThat(PlanTexts.status(empty)).contains("1 จาก 3 หน่วยงาน", "0 โครงการ", "งบประมาณรวม 0.00 บาท");
    }
}
