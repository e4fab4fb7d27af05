package th.go.phuket.planning.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads back what {@link ActionPlanWorkbook} wrote, with POI, as a spreadsheet program would. */
final class PlanWorkbookReader implements AutoCloseable {

    final XSSFWorkbook workbook;

    PlanWorkbookReader(byte[] xlsx) {
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    Sheet sheet(int index) {
        return workbook.getSheetAt(index);
    }

    String text(int sheet, int row, int column) {
        Cell cell = sheet(sheet).getRow(row).getCell(column);
        return cell == null ? null : cell.getStringCellValue();
    }

    /** The rows between the header ({@link ActionPlanWorkbook#HEADER_ROW}) and the total line. */
    List<Row> body(int sheet) {
        List<Row> rows = new ArrayList<>();
        Sheet table = sheet(sheet);
        for (int r = ActionPlanWorkbook.HEADER_ROW + 1; r < lastTableRow(table); r++) {
            rows.add(table.getRow(r));
        }
        return rows;
    }

    /** The total line: the last row with a number in the given column. */
    BigDecimal total(int sheet, int column) {
        return amount(sheet(sheet).getRow(lastTableRow(sheet(sheet))).getCell(column));
    }

    /** Budget by the text of the first column of a summary sheet. */
    Map<String, BigDecimal> summary(int sheet) {
        Map<String, BigDecimal> lines = new LinkedHashMap<>();
        body(sheet).forEach(row -> lines.put(row.getCell(0).getStringCellValue(), amount(row.getCell(3))));
        return lines;
    }

    static BigDecimal amount(Cell cell) {
        if (cell.getCellType() != CellType.NUMERIC) {
            throw new AssertionError("not a number: " + cell);
        }
        return BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static int lastTableRow(Sheet sheet) {
        int r = ActionPlanWorkbook.HEADER_ROW + 1;
        while (sheet.getRow(r + 1) != null && sheet.getRow(r + 1).getCell(1) != null) {
            r++;
        }
        return r;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
