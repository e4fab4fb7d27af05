package th.go.phuket.planning.support;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The fonts and cell styles every workbook of the product starts from (the action plan, the hearing record): the
 * font Thai government offices write in, and table cells that wrap and carry thin borders.
 */
public final class SheetStyles {

    /** The font of Thai government documents; Excel and LibreOffice fall back to a Thai font where it is missing. */
    public static final String FONT = "TH SarabunPSK";

    private SheetStyles() {
    }

    public static Font font(Workbook workbook, short points, boolean bold) {
        Font font = workbook.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints(points);
        font.setBold(bold);
        return font;
    }

    /** A style with only {@code font}. */
    public static CellStyle plain(Workbook workbook, Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    /** A table cell: {@code font}, wrapped text from the top, thin borders all round. */
    public static CellStyle cell(Workbook workbook, Font font) {
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
