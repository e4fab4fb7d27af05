package th.go.phuket.planning.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import th.go.phuket.planning.support.Messages;

/**
 * The agency status table as an Excel workbook (Apache POI) for the committee meeting: sheet one is the table
 * (header row frozen, filters on), sheet two a summary of the cycle with the counts per status and per category.
 */
public final class ProgressXlsx {

    private static final int[] COLUMN_WIDTHS = {6, 26, 60, 36, 20, 14, 14, 14, 18, 14};

    private ProgressXlsx() {
    }

    public static byte[] write(ProgressTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = headerStyle(workbook);
            agencySheet(workbook.createSheet(Messages.get("dashboard.export.sheet.agencies")), table, header);
            summarySheet(workbook.createSheet(Messages.get("dashboard.export.sheet.summary")), table.progress(),
                    header);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the progress workbook", e);
        }
    }

    private static void agencySheet(Sheet sheet, ProgressTable table, CellStyle header) {
        Row top = sheet.createRow(0);
        for (int column = 0; column < table.headers().size(); column++) {
            Cell cell = top.createCell(column);
            cell.setCellValue(table.headers().get(column));
            cell.setCellStyle(header);
            sheet.setColumnWidth(column, COLUMN_WIDTHS[column] * 256);
        }
        for (int index = 0; index < table.rows().size(); index++) {
            Row row = sheet.createRow(index + 1);
            List<Object> values = table.rows().get(index);
            for (int column = 0; column < values.size(); column++) {
                set(row.createCell(column), values.get(column));
            }
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, table.rows().size()), 0,
                table.headers().size() - 1));
    }

    private static void summarySheet(Sheet sheet, CycleProgress progress, CellStyle header) {
        sheet.setColumnWidth(0, 40 * 256);
        sheet.setColumnWidth(1, 70 * 256);
        int next = 0;
        next = pair(sheet, next, "dashboard.export.summary.cycle", progress.title() + " (" + progress.cycleId() + ")");
        next = pair(sheet, next, "dashboard.export.summary.phase", progress.phase().nameTh());
        next = pair(sheet, next, "dashboard.export.summary.status", progress.statusTh());
        next = pair(sheet, next, "dashboard.export.summary.asOf", progress.nowText());
        if (progress.deadline() != null) {
            next = pair(sheet, next, "dashboard.export.summary.deadline", progress.deadline().dateText());
            next = pair(sheet, next, "dashboard.export.summary.workingDaysLeft", progress.deadline().workingDaysLeft());
        }
        next++;
        Row heading = sheet.createRow(next++);
        heading.createCell(0).setCellValue(Messages.get("dashboard.export.header.status"));
        heading.createCell(1).setCellValue(Messages.get("dashboard.export.summary.agencies"));
        heading.getCell(0).setCellStyle(header);
        heading.getCell(1).setCellStyle(header);
        for (AgencyStatus status : AgencyStatus.values()) {
            next = pair(sheet, next, status.labelTh(), progress.counts().get(status.key()));
        }
        next = pair(sheet, next, Messages.get("dashboard.export.summary.total"), progress.counts().get("total"));
        next++;
        Row categories = sheet.createRow(next++);
        categories.createCell(0).setCellValue(Messages.get("dashboard.export.header.category"));
        categories.createCell(1).setCellValue(Messages.get("dashboard.export.summary.handedInOfTotal"));
        categories.getCell(0).setCellStyle(header);
        categories.getCell(1).setCellStyle(header);
        for (CycleProgress.CategoryProgress category : progress.categories()) {
            next = pair(sheet, next, category.labelTh(), category.handedIn() + " / " + category.total());
        }
    }

    private static int pair(Sheet sheet, int rowIndex, String labelOrKey, Object value) {
        Row row = sheet.createRow(rowIndex);
        String label = labelOrKey.startsWith("dashboard.") ? Messages.get(labelOrKey) : labelOrKey;
        row.createCell(0).setCellValue(label);
        set(row.createCell(1), value);
        return rowIndex + 1;
    }

    private static void set(Cell cell, Object value) {
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            cell.setCellValue(value == null ? "" : value.toString());
        }
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setWrapText(true);
        return style;
    }
}
