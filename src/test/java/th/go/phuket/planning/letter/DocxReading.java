package th.go.phuket.planning.letter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** A DOCX opened with POI as a reader would see it: paragraph texts (no-break spaces read as spaces) and runs. */
final class DocxReading {

    private DocxReading() {
    }

    static XWPFDocument open(byte[] docx) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(XWPFParagraph paragraph) {
        return paragraph.getText().replace(Typography.NO_BREAK, ' ');
    }

    static List<String> texts(XWPFDocument document) {
        return document.getParagraphs().stream().map(DocxReading::text).toList();
    }

    /** Every run of the body, the headers and the footers. */
    static Stream<XWPFRun> allRuns(XWPFDocument document) {
        Stream<XWPFParagraph> headers = document.getHeaderList().stream().flatMap(h -> h.getParagraphs().stream());
        return Stream.concat(document.getParagraphs().stream(), headers).flatMap(p -> p.getRuns().stream());
    }
}
