package th.go.phuket.planning.hearing;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;
import th.go.phuket.planning.support.SheetStyles;

/**
 * The cell styles of the hearing record workbook, in the house style of the plan workbook: TH SarabunPSK (the
 * standard font of Thai government documents), grey bold headers, thin borders, wrapped text.
 */
final class RecordStyles {


    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle section;
    final CellStyle header;
    final CellStyle text;
    final CellStyle number;
    final CellStyle total;

    RecordStyles(Workbook workbook) {
        Font body = SheetStyles.font(workbook, (short) 14, false);
        Font bold = SheetStyles.font(workbook, (short) 14, true);
        title = SheetStyles.plain(workbook, SheetStyles.font(workbook, (short) 18, true));
        subtitle = SheetStyles.plain(workbook, SheetStyles.font(workbook, (short) 16, false));
        section = SheetStyles.plain(workbook, SheetStyles.font(workbook, (short) 16, true));
        header = SheetStyles.cell(workbook, bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = SheetStyles.cell(workbook, body);
        number = SheetStyles.cell(workbook, body);
        number.setAlignment(HorizontalAlignment.CENTER);
        number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        total = SheetStyles.cell(workbook, bold);
        total.setAlignment(HorizontalAlignment.CENTER);
        total.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
    }
}
