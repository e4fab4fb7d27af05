package th.go.phuket.planning.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.proposal.FrameworkCatalogue;
import th.go.phuket.planning.support.Messages;

/**
 * The plan as an Excel workbook a provincial officer can print for the committee: the project table, then one
 * summary sheet each per Phuket goal, per national strategy, per agency and per suggested plan. Amounts are numbers
 * in baht with two decimals, fiscal years B.E. numbers; pages are A4 landscape, one page wide, headers repeated.
 */
@Component
public class ActionPlanWorkbook {

    /** Rows above the project table's header: title, cycle, status, blank. */
    static final int HEADER_ROW = 4;
    private static final int[] PROJECT_WIDTHS = {6, 32, 40, 45, 16, 26, 22, 11, 34, 40, 16, 26};
    private static final int[] SUMMARY_WIDTHS = {12, 60, 14, 20};
    /** Rows kept in memory while writing; older rows go to a temporary file (SXSSF), so 1,200 projects stay cheap. */
    private static final int ROWS_IN_MEMORY = 200;

    private final FrameworkCatalogue catalogue;

    public ActionPlanWorkbook(FrameworkCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public void write(ActionPlan plan, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            WorkbookStyles styles = new WorkbookStyles(workbook);
            projectSheet(workbook, styles, plan);
            PlanTotals totals = PlanTotals.of(plan, catalogue);
            summarySheet(workbook, styles, plan, "plan.sheet.goals", "plan.column.goal", totals.byPhuketGoal(), false);
            summarySheet(workbook, styles, plan, "plan.sheet.strategies", "plan.column.strategy",
                    totals.byNationalStrategy(), false);
            summarySheet(workbook, styles, plan, "plan.sheet.agencies", "plan.column.agency", totals.byAgency(), true);
            summarySheet(workbook, styles, plan, "plan.sheet.placements", "plan.column.placement",
                    totals.byPlacement(), true);
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private void projectSheet(Workbook workbook, WorkbookStyles styles, ActionPlan plan) {
        Sheet sheet = workbook.createSheet(Messages.get("plan.sheet.projects"));
        heading(sheet, styles, plan, PlanColumns.KEYS.size());
        Row header = sheet.createRow(HEADER_ROW);
        List<String> headers = PlanColumns.headers();
        for (int c = 0; c < headers.size(); c++) {
            put(header, c, headers.get(c), styles.header);
        }
        int r = HEADER_ROW + 1;
        for (PlanProject project : plan.projects()) {
            Row row = sheet.createRow(r++);
            List<Object> values = PlanColumns.row(project, catalogue);
            for (int c = 0; c < values.size(); c++) {
                CellStyle style = c == PlanColumns.BUDGET ? styles.baht
                        : c == PlanColumns.FISCAL_YEAR ? styles.year : c == 0 ? styles.number : styles.text;
                put(row, c, values.get(c), style);
            }
        }
        Row total = sheet.createRow(r);
        put(total, 0, "", styles.totalText);
        put(total, 1, Messages.get("plan.total.all", plan.projects().size()), styles.totalText);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 1, PlanColumns.BUDGET - 1));
        put(total, PlanColumns.BUDGET, plan.totalBudgetBaht(), styles.totalBaht);
        layout(sheet, PROJECT_WIDTHS, HEADER_ROW);
    }

    private static void summarySheet(Workbook workbook, WorkbookStyles styles, ActionPlan plan, String sheetKey,
                                     String nameColumnKey, List<PlanTotal> totals, boolean addsUp) {
        Sheet sheet = workbook.createSheet(Messages.get(sheetKey));
        heading(sheet, styles, plan, SUMMARY_WIDTHS.length);
        Row header = sheet.createRow(HEADER_ROW);
        List<String> headers = List.of(Messages.get("plan.column.code"), Messages.get(nameColumnKey),
                Messages.get("plan.column.projects"), Messages.get("plan.column.budgetBaht"));
        for (int c = 0; c < headers.size(); c++) {
            put(header, c, headers.get(c), styles.header);
        }
        int r = HEADER_ROW + 1;
        for (PlanTotal line : totals) {
            Row row = sheet.createRow(r++);
            put(row, 0, line.key(), styles.text);
            put(row, 1, line.label(), styles.text);
            put(row, 2, line.projects(), styles.number);
            put(row, 3, line.budgetBaht(), styles.baht);
        }
        Row total = sheet.createRow(r);
        put(total, 0, "", styles.totalText);
        put(total, 1, Messages.get("plan.total.distinct"), styles.totalText);
        put(total, 2, plan.projects().size(), styles.totalNumber);
        put(total, 3, plan.totalBudgetBaht(), styles.totalBaht);
        if (!addsUp) {
            put(sheet.createRow(r + 2), 0, Messages.get("plan.note.countedInEach"), styles.note);
        }
        layout(sheet, SUMMARY_WIDTHS, HEADER_ROW);
    }

    private static void heading(Sheet sheet, WorkbookStyles styles, ActionPlan plan, int columns) {
        put(sheet.createRow(0), 0, PlanTexts.title(plan), styles.title);
        put(sheet.createRow(1), 0, plan.cycleTitle() == null ? "" : plan.cycleTitle(), styles.subtitle);
        put(sheet.createRow(2), 0, PlanTexts.status(plan), styles.note);
        for (int r = 0; r < 2; r++) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
        }
    }

    private static void layout(Sheet sheet, int[] widths, int headerRow) {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        sheet.setFitToPage(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }

    private static void put(Row row, int column, Object value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value instanceof BigDecimal amount) {
            cell.setCellValue(amount.doubleValue());
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value != null) {
            cell.setCellValue(value.toString());
        }
        cell.setCellStyle(style);
    }
}
