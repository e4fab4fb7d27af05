package th.go.phuket.planning.hearing;

import org.springframework.stereotype.Component;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import th.go.phuket.planning.calendar.ThaiDates;
import th.go.phuket.planning.support.Messages;

/**
 * The hearing record as an Excel workbook for the committee: a summary sheet (window, forum, attendees and comment
 * counts) and the comments sheet (every visible comment with its answer). A4 landscape, one page wide, dates B.E.
 */
@Component
public class HearingRecordWorkbook {

    private static final int[] COMMENT_WIDTHS = {6, 16, 30, 60, 20, 18, 14, 18, 60, 16};
    private static final int ROWS_IN_MEMORY = 200;

    public void write(HearingRecord record, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            RecordStyles styles = new RecordStyles(workbook);
            summary(workbook.createSheet(Messages.get("hearing.record.sheet.summary")), styles, record);
            comments(workbook.createSheet(Messages.get("hearing.record.sheet.comments")), styles, record);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private void summary(Sheet sheet, RecordStyles styles, HearingRecord record) {
        Hearing hearing = record.hearing();
        int r = 0;
        put(sheet.createRow(r++), 0, Messages.get("hearing.record.title"), styles.title);
        put(sheet.createRow(r++), 0, hearing.title(), styles.subtitle);
        put(sheet.createRow(r++), 0, Messages.get("hearing.record.asOf", ThaiDates.shortDateTime(record.asOf()),
                Hearing.english(record.asOf())), styles.subtitle);
        r++;
        r = pair(sheet, r, styles, "hearing.record.window", ThaiDates.shortDateTime(hearing.opensAt()) + " – "
                + ThaiDates.shortDateTime(hearing.closedOrClosing()));
        HearingRecord.Forum forum = record.forum();
        r = pair(sheet, r, styles, "hearing.record.forumDate", ThaiDates.fullDate(forum.date()));
        r = pair(sheet, r, styles, "hearing.record.venue", forum.venue() == null ? "-" : forum.venue());
        r = pair(sheet, r, styles, "hearing.record.attendeeCount",
                forum.attendeeCount() == null ? Messages.get("hearing.record.notYet") : forum.attendeeCount());
        r = pair(sheet, r, styles, "hearing.record.summary",
                forum.summary() == null ? Messages.get("hearing.record.notYet") : forum.summary());
        r = pair(sheet, r, styles, "hearing.record.total", record.total());
        r = pair(sheet, r, styles, "hearing.record.notShown", record.hiddenOrRemoved());
        if (!forum.attendees().isEmpty()) {
            r = table(sheet, r + 1, styles, "hearing.record.attendees", "hearing.record.col.sector", forum.attendees());
        }
        r = table(sheet, r + 1, styles, "hearing.record.bySector", "hearing.record.col.sector", record.bySector());
        r = table(sheet, r + 1, styles, "hearing.record.byDistrict", "hearing.record.col.district",
                record.byDistrict());
        r = table(sheet, r + 1, styles, "hearing.record.byAnswer", "hearing.record.col.answer", record.byAnswer());
        table(sheet, r + 1, styles, "hearing.record.byItem", "hearing.record.col.item", record.byItem());
        sheet.setColumnWidth(0, 48 * 256);
        sheet.setColumnWidth(1, 70 * 256);
        print(sheet, -1);
    }

    private int pair(Sheet sheet, int r, RecordStyles styles, String labelKey, Object value) {
        Row row = sheet.createRow(r);
        put(row, 0, Messages.get(labelKey), styles.header);
        put(row, 1, value, value instanceof Number ? styles.number : styles.text);
        return r + 1;
    }

    private int table(Sheet sheet, int r, RecordStyles styles, String titleKey, String columnKey,
                      List<HearingRecord.Line> lines) {
        put(sheet.createRow(r++), 0, Messages.get(titleKey), styles.section);
        Row header = sheet.createRow(r++);
        put(header, 0, Messages.get(columnKey), styles.header);
        put(header, 1, Messages.get("hearing.record.col.count"), styles.header);
        int sum = 0;
        for (HearingRecord.Line line : lines) {
            Row row = sheet.createRow(r++);
            put(row, 0, line.label(), styles.text);
            put(row, 1, line.count(), styles.number);
            sum += line.count();
        }
        Row total = sheet.createRow(r++);
        put(total, 0, Messages.get("hearing.record.sum"), styles.total);
        put(total, 1, sum, styles.total);
        return r;
    }

    private void comments(Sheet sheet, RecordStyles styles, HearingRecord record) {
        put(sheet.createRow(0), 0, Messages.get("hearing.record.commentsTitle", record.hearing().title()),
                styles.title);
        Row header = sheet.createRow(2);
        String[] columns = Messages.get("hearing.record.columns").split("\\|");
        for (int c = 0; c < columns.length; c++) {
            put(header, c, columns[c], styles.header);
        }
        int r = 3;
        int number = 1;
        for (PublicComment comment : record.comments()) {
            Row row = sheet.createRow(r++);
            Answer answer = comment.answer();
            Object[] values = {number++, ThaiDates.shortDateTime(comment.createdAt()),
                record.itemTitle(comment.itemId()), comment.text(), comment.shownName(), comment.sector().labelTh(),
                comment.district() == null ? "" : comment.district(),
                answer == null ? Messages.get("hearing.record.unanswered") : answer.status().labelTh(),
                answer == null ? "" : answer.text(),
                answer == null ? "" : ThaiDates.shortDateTime(answer.answeredAt())};
            for (int c = 0; c < values.length; c++) {
                put(row, c, values[c], c == 0 ? styles.number : styles.text);
            }
        }
        for (int c = 0; c < COMMENT_WIDTHS.length; c++) {
            sheet.setColumnWidth(c, COMMENT_WIDTHS[c] * 256);
        }
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
        print(sheet, 2);
    }

    private static void print(Sheet sheet, int headerRow) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setLandscape(true);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        if (headerRow >= 0) {
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
            sheet.createFreezePane(0, headerRow + 1);
        }
    }

    private static void put(Row row, int column, Object value, CellStyle style) {
        var cell = row.createCell(column);
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            cell.setCellValue(value == null ? "" : value.toString());
        }
        cell.setCellStyle(style);
    }
}
