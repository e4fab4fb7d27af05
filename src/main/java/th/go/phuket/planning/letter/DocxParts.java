package th.go.phuket.planning.letter;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabs;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;

/**
 * The few things every part of a letter is made of, in Word's terms: runs in TH SarabunPSK with the font and size
 * set for Latin and for complex script (Thai is complex script in Word: without {@code w:cs} and {@code w:szCs}
 * Word shows Thai in another font and size), paragraphs measured in centimetres, tab stops with dot leaders.
 */
final class DocxParts {

    static final String FONT = "TH SarabunPSK";
    static final double BODY_PT = 16;
    static final String THAI = "th-TH";

    /** A4 and the regulation's margins: left 3 cm, right 2 cm; text 16 cm wide. */
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_LEFT = twips(3);
    static final int MARGIN_RIGHT = twips(2);
    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

    private DocxParts() {
    }

    /** Centimetres in twentieths of a point. */
    static int twips(double cm) {
        return (int) Math.round(cm * 1440 / 2.54);
    }

    static XWPFRun run(XWPFParagraph paragraph, String text, double pt, boolean bold) {
        XWPFRun run = paragraph.createRun();
        style(run, pt, bold);
        if (text != null && !text.isEmpty()) {
            run.setText(Typography.keepTogether(text));
        }
        return run;
    }

    static XWPFRun run(XWPFParagraph paragraph, String text) {
        return run(paragraph, text, BODY_PT, false);
    }

    static void style(XWPFRun run, double pt, boolean bold) {
        CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
        font(properties, pt, bold);
    }

    /** Font, size and weight for Latin, East Asian and complex-script text, and Thai as the complex language. */
    static void font(CTRPr properties, double pt, boolean bold) {
        CTFonts fonts = properties.sizeOfRFontsArray() > 0 ? properties.getRFontsArray(0) : properties.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        BigInteger halfPoints = BigInteger.valueOf(Math.round(pt * 2));
        (properties.sizeOfSzArray() > 0 ? properties.getSzArray(0) : properties.addNewSz()).setVal(halfPoints);
        (properties.sizeOfSzCsArray() > 0 ? properties.getSzCsArray(0) : properties.addNewSzCs()).setVal(halfPoints);
        if (bold) {
            properties.addNewB();
            properties.addNewBCs();
        }
        CTLanguage language = properties.sizeOfLangArray() > 0 ? properties.getLangArray(0) : properties.addNewLang();
        language.setBidi(THAI);
    }

    /** A paragraph of single lines; {@code beforePt} points above it. */
    static XWPFParagraph paragraph(org.apache.poi.xwpf.usermodel.IBody body, double beforePt) {
        XWPFParagraph paragraph = body instanceof org.apache.poi.xwpf.usermodel.XWPFDocument document
                ? document.createParagraph()
                : ((org.apache.poi.xwpf.usermodel.XWPFHeaderFooter) body).createParagraph();
        paragraph.setSpacingBefore((int) Math.round(beforePt * 20));
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBetween(1.0);
        return paragraph;
    }

    static void indent(XWPFParagraph paragraph, double leftCm, double firstLineCm) {
        paragraph.setIndentationLeft(twips(leftCm));
        if (firstLineCm > 0) {
            paragraph.setIndentationFirstLine(twips(firstLineCm));
        } else if (firstLineCm < 0) {
            paragraph.setIndentationHanging(twips(-firstLineCm));
        }
    }

    static void tab(XWPFParagraph paragraph, STTabJc.Enum kind, STTabTlc.Enum leader, int position) {
        CTTabs tabs = paragraph.getCTP().isSetPPr() && paragraph.getCTP().getPPr().isSetTabs()
                ? paragraph.getCTP().getPPr().getTabs()
                : (paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr())
                        .addNewTabs();
        CTTabStop stop = tabs.addNewTab();
        stop.setVal(kind);
        stop.setPos(BigInteger.valueOf(position));
        if (leader != null) {
            stop.setLeader(leader);
        }
    }

    static void centre(XWPFParagraph paragraph) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
    }

    /** {@code - <page> -}: the page number of the second and later pages, centred at the top. */
    static void pageNumber(XWPFParagraph paragraph) {
        centre(paragraph);
        run(paragraph, "- ");
        run(paragraph, null).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        run(paragraph, null).getCTR().addNewInstrText().setStringValue(" PAGE ");
        run(paragraph, null).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(paragraph, "2");
        run(paragraph, null).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        run(paragraph, " -");
    }
}
