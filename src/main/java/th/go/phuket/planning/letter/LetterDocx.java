package th.go.phuket.planning.letter;

import static th.go.phuket.planning.letter.DocxParts.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Optional;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

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
    static final double MEMO_TITLE_PT = 29;

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
                LetterLayout.memoHead(document, letter);
            } else {
                emblem(first);
                LetterLayout.letterHead(document, letter);
            }
            pageNumber(paragraph(document.createHeader(HeaderFooterType.DEFAULT), 0));
            LetterLayout.bodyAndSignature(document, letter, memo);
            letter.annexes().forEach(annex -> LetterLayout.annex(document, annex));
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
        tab(paragraph, STTabJc.CENTER, null, twips(LetterLayout.MIDDLE_CM));
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

}
