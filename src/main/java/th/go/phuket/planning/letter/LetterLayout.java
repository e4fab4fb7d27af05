package th.go.phuket.planning.letter;

import static th.go.phuket.planning.letter.DocxParts.*;

import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;

/**
 * Where each part of a letter stands on the page (the typing guide's layout, see {@link LetterDocx}): the head of an
 * external letter or of a memo, the body and the signature, the pages after the letter.
 */
final class LetterLayout {

    static final double ADDRESS_CM = 10;
    static final double MIDDLE_CM = 8;
    static final double LABEL_CM = 1.25;
    static final double REFERENCE_LABEL_CM = 1.5;
    static final double ENCLOSURE_LABEL_CM = 3;
    static final double PARAGRAPH_CM = 2.5;
    /** The signature is centred under ขอแสดงความนับถือ, whose centre is about 9.65 cm from the margin. */
    static final double SIGNATURE_LEFT_CM = 3.3;
    static final double PART_GAP_PT = 6;
    static final double MEMO_LABEL_PT = 20;

    private LetterLayout() {
    }

    static void letterHead(XWPFDocument document, LetterContent letter) {
        XWPFParagraph number = paragraph(document, 0);
        tab(number, STTabJc.LEFT, null, twips(ADDRESS_CM));
        run(number, "ที่ " + letter.number());
        run(number, null).addTab();
        run(number, letter.office().get(0));
        for (String line : letter.office().subList(1, letter.office().size())) {
            indent(paragraph(document, 0), ADDRESS_CM, 0);
            run(document.getLastParagraph(), line);
        }
        XWPFParagraph date = paragraph(document, PART_GAP_PT);
        indent(date, MIDDLE_CM, 0);
        run(date, letter.date());
        labelled(document, "เรื่อง", List.of(letter.subject()), LABEL_CM);
        labelled(document, "เรียน", List.of(letter.salutation()), LABEL_CM);
        labelled(document, "อ้างถึง", letter.references(), REFERENCE_LABEL_CM);
        labelled(document, "สิ่งที่ส่งมาด้วย", letter.enclosures(), ENCLOSURE_LABEL_CM);
    }

    /** ส่วนราชการ, ที่ … วันที่ …, เรื่อง: labels 20 pt bold, each line ending in dots to the margin. */
    static void memoHead(XWPFDocument document, LetterContent letter) {
        XWPFParagraph unit = paragraph(document, 0);
        tab(unit, STTabJc.RIGHT, STTabTlc.DOT, TEXT_WIDTH);
        run(unit, "ส่วนราชการ", MEMO_LABEL_PT, true);
        run(unit, " " + String.join(" ", letter.office()));
        run(unit, null).addTab();
        XWPFParagraph number = paragraph(document, 0);
        tab(number, STTabJc.LEFT, STTabTlc.DOT, twips(MIDDLE_CM));
        tab(number, STTabJc.RIGHT, STTabTlc.DOT, TEXT_WIDTH);
        run(number, "ที่", MEMO_LABEL_PT, true);
        run(number, " " + letter.number());
        run(number, null).addTab();
        run(number, "วันที่", MEMO_LABEL_PT, true);
        run(number, " " + letter.date());
        run(number, null).addTab();
        XWPFParagraph subject = paragraph(document, 0);
        indent(subject, LABEL_CM, -LABEL_CM);
        tab(subject, STTabJc.RIGHT, STTabTlc.DOT, TEXT_WIDTH);
        run(subject, "เรื่อง", MEMO_LABEL_PT, true);
        run(subject, " " + letter.subject());
        run(subject, null).addTab();
        labelled(document, "เรียน", List.of(letter.salutation()), LABEL_CM);
    }

    /** A label at the margin and its lines from {@code indentCm}, e.g. เรื่อง, เรียน, อ้างถึง; nothing for no lines. */
    private static void labelled(XWPFDocument document, String label, List<String> lines, double indentCm) {
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph paragraph = paragraph(document, i == 0 ? PART_GAP_PT : 0);
            indent(paragraph, indentCm, i == 0 ? -indentCm : 0);
            if (i == 0) {
                run(paragraph, label);
                run(paragraph, null).addTab();
            }
            run(paragraph, lines.get(i));
        }
    }

    static void bodyAndSignature(XWPFDocument document, LetterContent letter, boolean memo) {
        for (String text : letter.body()) {
            XWPFParagraph paragraph = paragraph(document, PART_GAP_PT);
            indent(paragraph, 0, PARAGRAPH_CM);
            paragraph.setAlignment(ParagraphAlignment.THAI_DISTRIBUTE);
            run(paragraph, text);
        }
        if (letter.closing() != null) {
            XWPFParagraph closing = paragraph(document, 2 * PART_GAP_PT);
            indent(closing, MIDDLE_CM, 0);
            run(closing, letter.closing());
        }
        for (int line = 0; line < (memo ? 4 : 3); line++) {
            run(paragraph(document, 0), null);
        }
        signatureLine(document, "(" + letter.signatoryName() + ")");
        signatureLine(document, letter.signatoryPosition());
        if (!letter.contact().isEmpty()) {
            run(paragraph(document, 0), null);
            run(paragraph(document, 0), null);
            letter.contact().forEach(line -> run(paragraph(document, 0), line));
        }
    }

    private static void signatureLine(XWPFDocument document, String text) {
        XWPFParagraph paragraph = paragraph(document, 0);
        indent(paragraph, SIGNATURE_LEFT_CM, 0);
        centre(paragraph);
        run(paragraph, text);
    }

    /** A page of its own after the letter: the title in bold, then its lines (numbered ones with a hanging number). */
    static void annex(XWPFDocument document, LetterContent.Annex annex) {
        XWPFParagraph title = paragraph(document, 0);
        title.setPageBreak(true);
        centre(title);
        run(title, annex.title(), BODY_PT, true);
        for (String line : annex.lines()) {
            XWPFParagraph paragraph = paragraph(document, annex.numbered() ? 0 : PART_GAP_PT);
            indent(paragraph, annex.numbered() ? 1.25 : 0, annex.numbered() ? -1.25 : PARAGRAPH_CM);
            if (!annex.numbered()) {
                paragraph.setAlignment(ParagraphAlignment.THAI_DISTRIBUTE);
            }
            int dot = line.indexOf(". ");
            if (annex.numbered() && dot > 0) {
                run(paragraph, line.substring(0, dot + 1));
                run(paragraph, null).addTab();
                run(paragraph, line.substring(dot + 2));
            } else {
                run(paragraph, line);
            }
        }
    }
}
