package th.go.phuket.planning.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import th.go.phuket.planning.dashboard.CycleProgress.AgencyProgress;

/** The agency status table as CSV and XLSX, from a progress built by hand. */
class ProgressExportTest {

    private static final OffsetDateTime DUE = OffsetDateTime.parse("2018-08-31T16:30:00+07:00");
    private static final List<String> HEADERS = List.of("ลำดับ", "รหัสหน่วยงาน", "หน่วยงาน", "ประเภทหน่วยงาน",
            "สถานะ", "กำหนดส่ง", "วันที่ส่ง", "เลยกำหนด (วัน)", "เลยกำหนด (วันทำการ)", "ส่งกลับแก้ไข (ครั้ง)");

    private final CycleProgress progress = progress(List.of(
            agency("pkt_public_health", "สำนักงานสาธารณสุขจังหวัดภูเก็ต", "regional_agency", AgencyStatus.OVERDUE, 3, 1,
                    null, 0),
            agency("lao_ppao", "องค์การบริหารส่วนจังหวัดภูเก็ต, สำนักปลัด", "local_admin_org", AgencyStatus.ACCEPTED, 0,
                    0, "17 ส.ค. 2561", 1),
            agency("evil", "=HYPERLINK(\"x\")", "civil_society", AgencyStatus.OPEN, 0, 0, null, 0)));

    @Test
    void csvHasAByteOrderMarkThaiHeadersAndQuotesWhatNeedsIt() {
        String csv = new String(ProgressCsv.write(ProgressTable.of(progress, null, null, null)), StandardCharsets.UTF_8);

        String[] lines = csv.split("\r\n");
        assertThat(csv).startsWith("\uFEFF");
        assertThat(lines[0].substring(1)).isEqualTo(String.join(",", HEADERS));
        assertThat(lines[1]).isEqualTo("1,pkt_public_health,สำนักงานสาธารณสุขจังหวัดภูเก็ต,ส่วนราชการส่วนภูมิภาค,เลยกำหนด,"
                + "31 ส.ค. 2561,,3,1,0");
        assertThat(lines[2]).contains(",\"องค์การบริหารส่วนจังหวัดภูเก็ต, สำนักปลัด\",", ",17 ส.ค. 2561,0,0,1");
        assertThat(lines[3]).as("no formula for Excel").contains(",\"'=HYPERLINK(\"\"x\"\")\",");
    }

    @Test
    void filtersNarrowTheTableByStatusCategoryAndText() {
        assertThat(ProgressTable.of(progress, "overdue", null, null).rows()).extracting(row -> row.get(1))
                .containsExactly("pkt_public_health");
        assertThat(ProgressTable.of(progress, null, "local_admin_org", null).rows()).extracting(row -> row.get(1))
                .containsExactly("lao_ppao");
        assertThat(ProgressTable.of(progress, null, null, "สาธารณสุข").rows()).extracting(row -> row.get(1))
                .containsExactly("pkt_public_health");
        assertThat(ProgressTable.of(progress, "accepted", "regional_agency", null).rows()).isEmpty();
    }

    @Test
    void workbookHasTheAgencyTableWithNumbersAndASummarySheet() throws IOException {
        byte[] xlsx = ProgressXlsx.write(ProgressTable.of(progress, null, null, null));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet table = workbook.getSheet("สถานะหน่วยงาน");
            assertThat(cells(table.getRow(0))).isEqualTo(HEADERS);
            assertThat(table.getLastRowNum()).isEqualTo(3);
            assertThat(cells(table.getRow(1))).containsExactly("1", "pkt_public_health",
                    "สำนักงานสาธารณสุขจังหวัดภูเก็ต", "ส่วนราชการส่วนภูมิภาค", "เลยกำหนด", "31 ส.ค. 2561", "", "3", "1", "0");
            assertThat(table.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(3.0);
            Sheet summary = workbook.getSheet("สรุป");
            assertThat(cells(summary.getRow(0))).containsExactly("รอบการทบทวนแผน", "ทบทวนแผนทดสอบ (phuket-test)");
        }
    }

    private static List<String> cells(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            cells.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
        }
        return cells;
    }

    private static AgencyProgress agency(String id, String nameTh, String category, AgencyStatus status, long daysLate,
            int workingDaysLate, String submittedText, int returns) {
        return new AgencyProgress(id, nameTh, id, category, AgencyRows.categoryLabel(category), status.key(),
                status.labelTh(), returns, DUE, LocalDate.of(2018, 8, 31), "31 ส.ค. 2561", daysLate, workingDaysLate,
                null, submittedText, null, "pi-" + id);
    }

    private static CycleProgress progress(List<AgencyProgress> agencies) {
        CycleProgress.Phase phase = new CycleProgress.Phase("agency_contributions", "หน่วยงานทบทวนแผน",
                "Agencies review the plan", "Call_AgencyContribution", null, DUE, "31 ส.ค. 2561", null);
        OffsetDateTime now = OffsetDateTime.parse("2018-09-03T10:00:00+07:00");
        return new CycleProgress("phuket-test", "ทบทวนแผนทดสอบ", "pi", "running", "กำลังดำเนินการ", phase, now, null,
                now, "3 ก.ย. 2561 10:00 น.", null, List.of(), ProgressReader.counts(agencies), List.of(), agencies,
                List.of(), new CycleProgress.Links("/c", "/t"));
    }
}
