package th.go.phuket.planning.hearing;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of the hearing record workbook, in the house style of the plan workbook: TH SarabunPSK (the
 * standard font of Thai government documents), grey bold headers, thin borders, wrapped text.
 */
final class RecordStyles {

    static final String FONT = "TH SarabunPSK";

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle section;
    final CellStyle header;
    final CellStyle text;
    final CellStyle number;
    final CellStyle total;

    RecordStyles(Workbook workbook) {
        Font body = font(workbook, (short) 14, false);
        Font bold = font(workbook, (short) 14, true);
        title = plain(workbook, font(workbook, (short) 18, true));
        subtitle = plain(workbook, font(workbook, (short) 16, false));
        section = plain(workbook, font(workbook, (short) 16, true));
        header = cell(workbook, bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = cell(workbook, body);
        number = cell(workbook, body);
        number.setAlignment(HorizontalAlignment.CENTER);
        number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        total = cell(workbook, bold);
        total.setAlignment(HorizontalAlignment.CENTER);
        total.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
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
