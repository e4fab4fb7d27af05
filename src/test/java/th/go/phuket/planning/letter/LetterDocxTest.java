package th.go.phuket.planning.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static th.go.phuket.planning.letter.DocxReading.allRuns;
import static th.go.phuket.planning.letter.DocxReading.open;
import static th.go.phuket.planning.letter.DocxReading.text;
import static th.go.phuket.planning.letter.DocxReading.texts;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

/**
 * The letters as Word documents, opened with POI: the regulation's parts in order, TH SarabunPSK 16 pt on every run
 * for Latin and complex script, A4 with its margins, the parts where the typing guide puts them, Thai digits, the
 * ครุฑ's size. Each document is also left in {@code target/letters/} for a look in LibreOffice (docs/letters.md).
 */
class LetterDocxTest {

    private static final LetterSettings SETTINGS = LetterSettings.defaults();
    private static final Emblem EMBLEM = Emblem.of(TestEmblem.png(), "test");

    @Test
    void theRequestForProposalsHasTheRegulationsPartsInOrder() throws Exception {
        List<String> lines = texts(open(write(LetterKind.PROPOSAL_REQUEST, SETTINGS, Optional.of(EMBLEM))));

        assertThat(lines.get(0)).isEqualTo("ที่ ภก ๐๐๑๗.๒/ว ๑๒\tศาลากลางจังหวัดภูเก็ต");
        assertInOrder(lines, "ที่ ภก ๐๐๑๗.๒/ว ๑๒", "ถนนนริศร ภก ๘๓๐๐๐", "๒๐ สิงหาคม ๒๕๖๑",
                "เรื่อง\tขอความร่วมมือทบทวนแผนพัฒนาจังหวัดภูเก็ต พ.ศ. ๒๕๖๑–๒๕๖๔",
                "เรียน\tหัวหน้าส่วนราชการ", "สิ่งที่ส่งมาด้วย\tสรุปร่างแผนและแนวทางการทบทวน จำนวน ๑ ฉบับ",
                "ด้วยจังหวัดภูเก็ตอยู่ระหว่างการทบทวน", "จึงเรียนมาเพื่อโปรดพิจารณาดำเนินการต่อไป", "ขอแสดงความนับถือ",
                "(นายนรภัทร ปลอดทอง)", "ผู้ว่าราชการจังหวัดภูเก็ต", "สำนักงานจังหวัด",
                "กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด", "โทร. ๐ ๗๖๓๕ ๔๘๗๕", "โทรสาร ๐ ๗๖๓๕ ๔๘๗๖",
                "ไปรษณีย์อิเล็กทรอนิกส์ strategy-office@planning.example",
                "สรุปร่างแผนและแนวทางการทบทวนแผนพัฒนาจังหวัดภูเก็ต", "ปรับตัวชี้วัดให้สอดคล้องกับยุทธศาสตร์ชาติ ๒๐ ปี",
                "บัญชีรายชื่อหน่วยงานที่ได้รับหนังสือจังหวัดภูเก็ต ที่ ภก ๐๐๑๗.๒/ว ๑๒ ลงวันที่ ๒๐ สิงหาคม ๒๕๖๑",
                "๑.\tสำนักงานจังหวัดภูเก็ต", "๔.\tที่ว่าการอำเภอเมืองภูเก็ต");
        assertThat(lines).noneMatch(line -> line.startsWith("อ้างถึง"));
    }

    @Test
    void theHearingInvitationRefersToTheRequestAndNamesDayTimeVenueAndThePublicPage() throws Exception {
        List<String> lines = texts(open(write(LetterKind.HEARING_INVITATION, SETTINGS, Optional.empty())));

        assertInOrder(lines, "เรียน\t", "อ้างถึง\tหนังสือจังหวัดภูเก็ต ที่ ภก ๐๐๑๗.๒/ว ๑๒ ลงวันที่ ๒๐ สิงหาคม ๒๕๖๑",
                "ตามหนังสือที่อ้างถึง", "ขอแสดงความนับถือ");
        assertThat(String.join("\n", lines)).contains("ในวันพฤหัสบดีที่ ๑๓ กันยายน ๒๕๖๑ เวลา ๐๙.๓๐ น. ณ ห้องประชุมศาลากลางจังหวัดภูเก็ต",
                "http://localhost:8080/hearing/phuket-2563");
    }

    @Test
    void everyRunIsThSarabunPskForLatinAndComplexScriptAtTheSameSize() throws Exception {
        for (LetterKind kind : LetterKind.values()) {
            XWPFDocument document = open(write(kind, SETTINGS, Optional.of(EMBLEM)));
            List<XWPFRun> runs = allRuns(document).toList();
            assertThat(runs).hasSizeGreaterThan(30);
            for (XWPFRun run : runs) {
                CTRPr properties = run.getCTR().getRPr();
                assertThat(properties.getRFontsArray(0).getAscii()).as("%s ascii", kind).isEqualTo("TH SarabunPSK");
                assertThat(properties.getRFontsArray(0).getHAnsi()).isEqualTo("TH SarabunPSK");
                assertThat(properties.getRFontsArray(0).getCs()).as("%s complex script", kind).isEqualTo("TH SarabunPSK");
                BigInteger size = (BigInteger) properties.getSzArray(0).getVal();
                assertThat(properties.getSzCsArray(0).getVal()).as("%s szCs of '%s'", kind, run.text()).isEqualTo(size);
                assertThat(properties.getLangArray(0).getBidi()).isEqualTo("th-TH");
                assertThat(properties.sizeOfBArray()).isEqualTo(properties.sizeOfBCsArray());
            }
            List<Integer> sizes = runs.stream().map(run -> ((BigInteger) run.getCTR().getRPr().getSzArray(0).getVal())
                    .intValue()).distinct().sorted().toList();
            assertThat(sizes).as("%s half-point sizes", kind)
                    .isEqualTo(kind == LetterKind.COMMITTEE_MEMO ? List.of(32, 40, 58) : List.of(32));
            CTRPr defaults = document.getStyle().getDocDefaults().getRPrDefault().getRPr();
            assertThat(defaults.getRFontsArray(0).getCs()).as("text typed later").isEqualTo("TH SarabunPSK");
            assertThat(defaults.getSzCsArray(0).getVal()).isEqualTo(BigInteger.valueOf(32));
        }
    }

    @Test
    void thePageIsA4WithTheRegulationsMargins() throws Exception {
        CTSectPr section = open(write(LetterKind.PLAN_SUBMISSION, SETTINGS, Optional.empty())).getDocument().getBody()
                .getSectPr();
        assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
        assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
        assertThat(section.getPgMar().getLeft()).as("3 cm").isEqualTo(BigInteger.valueOf(1701));
        assertThat(section.getPgMar().getRight()).as("2 cm").isEqualTo(BigInteger.valueOf(1134));
        assertThat(section.getPgMar().getHeader()).as("ครุฑ 1.5 cm from the top").isEqualTo(BigInteger.valueOf(850));
        assertThat(section.isSetTitlePg()).as("first page has its own header (the ครุฑ)").isTrue();
    }

    @Test
    void datesAndNumbersAreInThaiDigitsExceptAddressesAndCodes() throws Exception {
        for (LetterKind kind : LetterKind.values()) {
            String all = String.join("\n", texts(open(write(kind, SETTINGS, Optional.empty()))));
            String withoutAddresses = all.replaceAll("\\S+://\\S+|\\S+@\\S+|[\\w-]*[A-Za-z][\\w-]*", "");
            assertThat(withoutAddresses).as("%s has no Arabic digit", kind).doesNotContainPattern("[0-9]");
            assertThat(all).as("codes keep their digits").doesNotContain("๔M");
            assertThat(all).containsPattern("[๐-๙]+ (สิงหาคม|กันยายน) ๒๕๖๑");
        }
    }

    @Test
    void arabicDigitsWhenTheOfficeTurnsThaiDigitsOff() throws Exception {
        List<String> lines = texts(open(write(LetterKind.PROPOSAL_REQUEST, SETTINGS.withThaiDigits(false),
                Optional.empty())));
        assertThat(lines.get(0)).isEqualTo("ที่ ภก 0017.2/ว 12\tศาลากลางจังหวัดภูเก็ต");
        assertThat(lines).contains("20 สิงหาคม 2561");
        assertThat(String.join("", lines)).doesNotContainPattern("[๐-๙]");
    }

    @Test
    void thePartsStandWhereTheTypingGuidePutsThem() throws Exception {
        XWPFDocument document = open(write(LetterKind.PROPOSAL_REQUEST, SETTINGS, Optional.empty()));
        assertThat(paragraph(document, "ถนนนริศร").getIndentationLeft()).as("address from 10 cm").isEqualTo(5669);
        assertThat(paragraph(document, "๒๐ สิงหาคม ๒๕๖๑").getIndentationLeft()).as("date from the middle").isEqualTo(4535);
        assertThat(paragraph(document, "ขอแสดงความนับถือ").getIndentationLeft()).isEqualTo(4535);
        assertThat(paragraph(document, "ด้วยจังหวัด").getIndentationFirstLine()).as("2.5 cm paragraph").isEqualTo(1417);
        assertThat(paragraph(document, "เรื่อง").getSpacingBefore()).as("6 pt above each part").isEqualTo(120);
        assertThat(paragraph(document, "(นายนรภัทร").getAlignment().name()).isEqualTo("CENTER");
    }

    @Test
    void theEmblemIsThreeCentimetresHighOnLettersAndOneAndAHalfOnMemos() throws Exception {
        assertThat(emblemHeightCm(write(LetterKind.PLAN_SUBMISSION, SETTINGS, Optional.of(EMBLEM)))).isCloseTo(3.0,
                org.assertj.core.data.Offset.offset(0.01));
        assertThat(emblemHeightCm(write(LetterKind.COMMITTEE_MEMO, SETTINGS, Optional.of(EMBLEM)))).isCloseTo(1.5,
                org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void withoutAnEmblemItsPlaceStaysReserved() throws Exception {
        XWPFDocument document = open(write(LetterKind.PLAN_SUBMISSION, SETTINGS, Optional.empty()));
        XWPFParagraph place = firstPageHeader(document).get(0);
        assertThat(place.getRuns()).allMatch(run -> run.getEmbeddedPictures().isEmpty());
        assertThat(place.getCTP().getPPr().getSpacing().getLineRule()).isEqualTo(STLineSpacingRule.EXACT);
        assertThat(place.getCTP().getPPr().getSpacing().getLine()).as("3 cm in twips").isEqualTo(BigInteger.valueOf(1701));
    }

    @Test
    void theMemoHasItsOwnLayout() throws Exception {
        XWPFDocument document = open(write(LetterKind.COMMITTEE_MEMO, SETTINGS, Optional.of(EMBLEM)));
        XWPFParagraph title = firstPageHeader(document).get(0);
        XWPFRun titleRun = title.getRuns().stream().filter(run -> run.text().equals("บันทึกข้อความ")).findFirst()
                .orElseThrow();
        assertThat(titleRun.isBold()).isTrue();
        assertThat(titleRun.getFontSizeAsDouble()).isEqualTo(29.0);

        List<String> lines = texts(document);
        assertInOrder(lines, "ส่วนราชการ สำนักงานจังหวัดภูเก็ต (กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด) โทร. ๐ ๗๖๓๕ ๔๘๗๕",
                "ที่ ภก ๐๐๑๗.๒/๓๔๕\tวันที่ ๑๐ กันยายน ๒๕๖๑", "เรื่อง ขอเสนอร่างแผนพัฒนาจังหวัดภูเก็ต",
                "เรียน\tผู้ว่าราชการจังหวัดภูเก็ต (ประธาน ก.บ.จ.ภูเก็ต)", "๑. เรื่องเดิม", "๒. ข้อเท็จจริง",
                "ผลการรับฟังความคิดเห็น: " + SampleLetters.HARD_THAI.replace("12", "๑๒"), "การปรับปรุงร่างแผน: ",
                "๓. ข้อพิจารณา", "๔. ข้อเสนอ", "(........................................)",
                "หัวหน้าสำนักงานจังหวัดภูเก็ต");
        assertThat(lines).noneMatch(line -> line.contains("ขอแสดงความนับถือ"));
        assertThat(String.join("\n", lines)).contains("ตามหนังสือจังหวัดภูเก็ต ที่ ภก ๐๐๑๗.๒/ว ๑๒ ลงวันที่ ๒๐ สิงหาคม ๒๕๖๑",
                "โครงการที่ผ่านการกลั่นกรอง ๔๒ โครงการ งบประมาณรวม ๑๘๗,๖๕๔,๓๒๑.๕๐ บาท");
        for (String label : List.of("ส่วนราชการ", "ที่", "วันที่", "เรื่อง")) {
            XWPFRun run = allRuns(document).filter(r -> r.text().equals(label)).findFirst().orElseThrow();
            assertThat(run.isBold()).as(label).isTrue();
            assertThat(run.getFontSizeAsDouble()).as(label).isEqualTo(20.0);
        }
        assertThat(paragraph(document, "ส่วนราชการ").getCTP().getPPr().getTabs().getTabArray(0).getLeader())
                .as("dots to the margin").hasToString("dot");
    }

    static byte[] write(LetterKind kind, LetterSettings settings, Optional<Emblem> emblem) throws Exception {
        byte[] docx = new LetterDocx(emblem, settings.thaiDigits()).write(SampleLetters.draft(kind, settings).content(),
                "จังหวัดภูเก็ต");
        Path look = Path.of("target/letters");
        Files.createDirectories(look);
        Files.write(look.resolve(kind.fileStem() + (emblem.isPresent() ? "-emblem" : "")
                + (settings.thaiDigits() ? "" : "-arabic") + ".docx"), docx);
        return docx;
    }

    private static void assertInOrder(List<String> lines, String... starts) {
        int from = 0;
        for (String start : starts) {
            int found = -1;
            for (int i = from; i < lines.size(); i++) {
                if (lines.get(i).startsWith(start)) {
                    found = i;
                    break;
                }
            }
            assertThat(found).as("'%s' after line %d in %s", start, from, lines).isGreaterThanOrEqualTo(0);
            from = found + 1;
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String start) {
        return document.getParagraphs().stream().filter(p -> text(p).startsWith(start)).findFirst().orElseThrow();
    }

    private static List<XWPFParagraph> firstPageHeader(XWPFDocument document) {
        return document.getHeaderFooterPolicy().getFirstPageHeader().getParagraphs();
    }

    private static double emblemHeightCm(byte[] docx) {
        List<Long> heights = new ArrayList<>();
        firstPageHeader(open(docx)).forEach(p -> p.getRuns().forEach(run -> run.getEmbeddedPictures()
                .forEach(picture -> heights.add(run.getCTR().getDrawingArray(0).getInlineArray(0).getExtent().getCy()))));
        assertThat(heights).hasSize(1);
        return heights.get(0) / 360000.0;
    }
}
