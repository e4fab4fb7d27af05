package th.go.phuket.planning.letter;

import static th.go.phuket.planning.letter.DocxParts.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.apache.poi.common.usermodel.PictureType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;

/**
 * A letter as an editable Word document in the form of the Regulation on Correspondence (ระเบียบสำนักนายกรัฐมนตรีว่าด้วย
 * งานสารบรรณ พ.ศ. 2526 and amendments) and the government's typing guide: A4, margins left 3 cm, right 2 cm, top 2.5 cm,
 * bottom 2 cm; the ครุฑ 3 cm high (1.5 cm on a memo) in the first page's header, 1.5 cm from the top edge; TH
 * SarabunPSK 16 pt; ที่ at the left margin with the office's address from 10 cm; the date and ขอแสดงความนับถือ from the
 * middle (8 cm); each part 6 pt below the one before; paragraphs indented 2.5 cm; later pages numbered {@code - ๒ -}.
 */
@Component
public class LetterDocx {

    static final double EMBLEM_LETTER_CM = 3.0;
    static final double EMBLEM_MEMO_CM = 1.5;
    static final double ADDRESS_CM = 10;
    static final double MIDDLE_CM = 8;
    static final double LABEL_CM = 1.25;
    static final double REFERENCE_LABEL_CM = 1.5;
    static final double ENCLOSURE_LABEL_CM = 3;
    static final double PARAGRAPH_CM = 2.5;
    /** The signature is centred under ขอแสดงความนับถือ, whose centre is about 9.65 cm from the margin. */
    static final double SIGNATURE_LEFT_CM = 3.3;
    static final double PART_GAP_PT = 6;
    static final double MEMO_TITLE_PT = 29;
    static final double MEMO_LABEL_PT = 20;

    private final Optional<Emblem> emblem;
    private final boolean thaiPageNumbers;

    /** The office's settings: its emblem ({@code planning.letters.emblem}, read now) and digits. */
    @Autowired
    public LetterDocx(LetterSettings settings, ResourceLoader loader) {
        this(Emblem.load(loader, settings.emblem()), settings.thaiDigits());
    }

    public LetterDocx(Optional<Emblem> emblem, boolean thaiPageNumbers) {
        this.emblem = emblem;
        this.thaiPageNumbers = thaiPageNumbers;
    }

    public byte[] write(LetterContent letter, String author) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            DocxDefaults.apply(document);
            page(document);
            boolean memo = letter.layout() == LetterKind.Layout.MEMO;
            XWPFHeader first = document.createHeader(HeaderFooterType.FIRST);
            if (memo) {
                memoTitle(first);
                memoHead(document, letter);
            } else {
                emblem(first);
                letterHead(document, letter);
            }
            pageNumber(paragraph(document.createHeader(HeaderFooterType.DEFAULT), 0));
            bodyAndSignature(document, letter, memo);
            letter.annexes().forEach(annex -> annex(document, annex));
            document.getProperties().getCoreProperties().setTitle(letter.subject());
            document.getProperties().getCoreProperties().setCreator(author);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write letter " + letter.number(), e);
        }
    }

    private void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setTop(BigInteger.valueOf(twips(2.5)));
        margins.setBottom(BigInteger.valueOf(twips(2)));
        margins.setHeader(BigInteger.valueOf(twips(1.5)));
        margins.setFooter(BigInteger.valueOf(twips(1)));
        margins.setGutter(BigInteger.ZERO);
        if (thaiPageNumbers) {
            section.addNewPgNumType().setFmt(STNumberFormat.THAI_NUMBERS);
        }
    }

    /** The ครุฑ, 3 cm high, centred; without an image an empty line of the same height keeps its place. */
    private void emblem(XWPFHeader header) {
        XWPFParagraph paragraph = paragraph(header, 0);
        centre(paragraph);
        if (emblem.isPresent()) {
            picture(run(paragraph, null), EMBLEM_LETTER_CM);
        } else {
            paragraph.setSpacingBetween(EMBLEM_LETTER_CM * 72 / 2.54, LineSpacingRule.EXACT);
        }
    }

    /** The memo's first line: the ครุฑ 1.5 cm high at the margin and บันทึกข้อความ (29 pt, bold) in the middle. */
    private void memoTitle(XWPFHeader header) {
        XWPFParagraph paragraph = paragraph(header, 0);
        paragraph.setSpacingBetween(45, LineSpacingRule.EXACT);
        tab(paragraph, STTabJc.CENTER, null, twips(MIDDLE_CM));
        emblem.ifPresent(image -> picture(run(paragraph, null), EMBLEM_MEMO_CM));
        run(paragraph, null).addTab();
        run(paragraph, "บันทึกข้อความ", MEMO_TITLE_PT, true);
    }

    private void picture(XWPFRun run, double heightCm) {
        Emblem image = emblem.orElseThrow();
        try {
            run.addPicture(new ByteArrayInputStream(image.bytes()), image.png() ? PictureType.PNG : PictureType.JPEG,
                    image.png() ? "emblem.png" : "emblem.jpg", Units.toEMU(image.widthAt(heightCm) * 72 / 2.54),
                    Units.toEMU(heightCm * 72 / 2.54));
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException("Cannot place the emblem", e);
        }
    }

    private void letterHead(XWPFDocument document, LetterContent letter) {
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
    private void memoHead(XWPFDocument document, LetterContent letter) {
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

    private static void bodyAndSignature(XWPFDocument document, LetterContent letter, boolean memo) {
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
    private static void annex(XWPFDocument document, LetterContent.Annex annex) {
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
