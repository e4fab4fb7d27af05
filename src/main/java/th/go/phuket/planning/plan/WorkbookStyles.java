package th.go.phuket.planning.plan;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of the plan workbook, made once per workbook (Excel allows about 64,000 styles). The font is
 * TH SarabunPSK, the standard font of Thai government documents; a reader without it sees Excel's substitute.
 */
final class WorkbookStyles {

    static final String FONT = "TH SarabunPSK";
    private static final short BODY_POINTS = 14;

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle text;
    final CellStyle number;
    final CellStyle year;
    final CellStyle baht;
    final CellStyle totalText;
    final CellStyle totalNumber;
    final CellStyle totalBaht;
    final CellStyle note;

    WorkbookStyles(Workbook workbook) {
        Font body = font(workbook, BODY_POINTS, false);
        Font bold = font(workbook, BODY_POINTS, true);
        short bahtFormat = workbook.createDataFormat().getFormat("#,##0.00");
        short wholeFormat = workbook.createDataFormat().getFormat("0");

        title = plain(workbook, font(workbook, (short) 18, true));
        subtitle = plain(workbook, font(workbook, (short) 16, false));
        note = plain(workbook, body);
        note.setWrapText(false);
        header = cell(workbook, bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = cell(workbook, body);
        number = cell(workbook, body);
        number.setAlignment(HorizontalAlignment.CENTER);
        year = cell(workbook, body);
        year.setAlignment(HorizontalAlignment.CENTER);
        year.setDataFormat(wholeFormat);
        baht = cell(workbook, body);
        baht.setDataFormat(bahtFormat);
        totalText = cell(workbook, bold);
        totalNumber = cell(workbook, bold);
        totalNumber.setAlignment(HorizontalAlignment.CENTER);
        totalBaht = cell(workbook, bold);
        totalBaht.setDataFormat(bahtFormat);
    }

    private static Font font(Workbook workbook, short points, boolean bold) {
        Font font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints(points);
        font.setBold(bold);
        return font;
    }

    private static CellStyle plain(Workbook workbook, Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    private static CellStyle cell(Workbook workbook, Font font) {
        CellStyle style = plain(workbook, font);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
