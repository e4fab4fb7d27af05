package th.go.phuket.planning.plan;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;
import th.go.phuket.planning.support.SheetStyles;

/**
 * The cell styles of the plan workbook, made once per workbook (Excel allows about 64,000 styles). The font is
 * TH SarabunPSK, the standard font of Thai government documents; a reader without it sees Excel's substitute.
 */
final class WorkbookStyles {

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
        Font body = SheetStyles.font(workbook, BODY_POINTS, false);
        Font bold = SheetStyles.font(workbook, BODY_POINTS, true);
        short bahtFormat = workbook.createDataFormat().getFormat("#,##0.00");
        short wholeFormat = workbook.createDataFormat().getFormat("0");

        title = SheetStyles.plain(workbook, SheetStyles.font(workbook, (short) 18, true));
        subtitle = SheetStyles.plain(workbook, SheetStyles.font(workbook, (short) 16, false));
        note = SheetStyles.plain(workbook, body);
        note.setWrapText(false);
        header = SheetStyles.cell(workbook, bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = SheetStyles.cell(workbook, body);
        number = SheetStyles.cell(workbook, body);
        number.setAlignment(HorizontalAlignment.CENTER);
        year = SheetStyles.cell(workbook, body);
        year.setAlignment(HorizontalAlignment.CENTER);
        year.setDataFormat(wholeFormat);
        baht = SheetStyles.cell(workbook, body);
        baht.setDataFormat(bahtFormat);
        totalText = SheetStyles.cell(workbook, bold);
        totalNumber = SheetStyles.cell(workbook, bold);
        totalNumber.setAlignment(HorizontalAlignment.CENTER);
        totalBaht = SheetStyles.cell(workbook, bold);
        totalBaht.setDataFormat(bahtFormat);
    }
}
