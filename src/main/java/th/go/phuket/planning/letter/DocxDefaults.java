package th.go.phuket.planning.letter;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

/**
 * The document's defaults: whatever the office types into the letter later is also TH SarabunPSK 16 pt, Thai as
 * the complex-script language, single lines with no space after paragraphs.
 */
final class DocxDefaults {

    private DocxDefaults() {
    }

    static void apply(XWPFDocument document) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = styles.addNewDocDefaults();
        DocxParts.font(defaults.addNewRPrDefault().addNewRPr(), DocxParts.BODY_PT, false);
        var paragraph = defaults.addNewPPrDefault().addNewPPr().addNewSpacing();
        paragraph.setAfter(java.math.BigInteger.ZERO);
        paragraph.setLine(java.math.BigInteger.valueOf(240));
        paragraph.setLineRule(org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule.AUTO);
        document.createStyles().setStyles(styles);
    }
}
