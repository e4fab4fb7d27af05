package th.go.phuket.planning.agency;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import th.go.phuket.planning.support.Messages;

/** The directory's Excel file: the first sheet, a header row, one agency a row, every cell as text. */
final class AgencyWorkbook {

    private static final String SHEET = "ทะเบียนหน่วยงาน";

    private AgencyWorkbook() {
    }

    /** An .xlsx file is a zip archive: it starts with {@code PK}. */
    static boolean isXlsx(byte[] content) {
        return content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /** The cells of the first sheet as displayed (a phone number stays as typed), with each row's number. */
    static void read(byte[] content, String fileName, List<List<String>> table, List<Integer> lines) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : format.formatCellValue(cell));
                }
                table.add(cells);
                lines.add(row.getRowNum() + 1);
            }
        } catch (IOException | RuntimeException e) {
            throw new AgencyInputException(List.of(Messages.get("agency.import.unreadable", fileName,
                    String.valueOf(e.getMessage()))));
        }
    }

    static byte[] write(List<String> header, List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            writeRow(sheet.createRow(0), header, bold);
            for (int r = 0; r < rows.size(); r++) {
                writeRow(sheet.createRow(r + 1), rows.get(r), null);
            }
            sheet.createFreezePane(1, 1);
            for (int c = 0; c < header.size(); c++) {
                sheet.setColumnWidth(c, (c == 1 || c == 2 ? 60 : 24) * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRow(Row row, List<String> values, CellStyle style) {
        for (int c = 0; c < values.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(values.get(c));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
