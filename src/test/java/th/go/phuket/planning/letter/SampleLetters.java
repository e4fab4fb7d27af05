package th.go.phuket.planning.letter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import th.go.phuket.planning.agency.AgencyDirectory;

/** The 2018 Phuket cycle's letters as the composer writes them, for tests that look at the documents. */
final class SampleLetters {

    static final AgencyDirectory DIRECTORY = AgencyDirectory.fromClasspath();
    static final LocalDate KICKOFF = LocalDate.of(2018, 8, 20);

    /** A long unbroken Thai word group, tone marks and sara am: what line breaking and shaping must survive. */
    static final String HARD_THAI = "ผลการรับฟังความคิดเห็นของประชาชนผู้มีส่วนได้ส่วนเสียในจังหวัดภูเก็ตต่อการพัฒนาเศรษฐกิจ"
            + "ชายฝั่งทะเลอันดามันอย่างยั่งยืน ผู้เข้าร่วมเสนอให้ทำแผนน้ำประปาและน้ำบาดาลสำหรับฤดูแล้ง 12 โครงการ";

    private SampleLetters() {
    }

    static LetterFacts facts() {
        return new LetterFacts("phuket-2563", "pi-1", "ภูเก็ต", "2561-2564", 2563, LocalDate.of(2018, 8, 31),
                LocalDate.of(2018, 9, 13), "ห้องประชุมศาลากลางจังหวัดภูเก็ต", LocalTime.of(9, 30),
                LocalDate.of(2018, 9, 21), LocalDate.of(2018, 9, 30),
                List.of("pkt_provincial_office", "pkt_public_health", "pkt_tourism_sports", "dist_mueang_phuket"),
                "ทบทวนวิสัยทัศน์ \"ภูเก็ตเมืองท่องเที่ยวระดับโลก\" และเป้าหมาย 4M + 2S\nปรับตัวชี้วัดให้สอดคล้องกับยุทธศาสตร์ชาติ 20 ปี",
                HARD_THAI, 148, "เพิ่มโครงการด้านน้ำ 3 โครงการตามความเห็นของเวทีประชาคม", null);
    }

    static LetterComposer composer(LetterSettings settings) {
        return new LetterComposer(settings, DIRECTORY, "http://localhost:8080");
    }

    static LetterComposer.Draft draft(LetterKind kind, LetterSettings settings) {
        LetterComposer composer = composer(settings);
        String number = composer.numerals().of(kind.series().number(settings.registerPrefix(),
                kind.series() == Series.CIRCULAR ? "12" : "345"));
        Optional<Letter> request = kind == LetterKind.PROPOSAL_REQUEST ? Optional.empty() : Optional.of(proposalRequest(settings));
        return composer.compose(kind, facts(), number, kind == LetterKind.PROPOSAL_REQUEST ? KICKOFF
                : LocalDate.of(2018, 9, 10), new LetterComposer.Context(request, 1,
                Optional.of(new PlanFigures.Figures(42, new BigDecimal("187654321.50")))));
    }

    static Letter proposalRequest(LetterSettings settings) {
        LetterComposer.Draft draft = draft(LetterKind.PROPOSAL_REQUEST, settings);
        return new Letter("2561-circular-12", LetterKind.PROPOSAL_REQUEST, "phuket-2563", Series.CIRCULAR, 2561, 12,
                draft.content().number(), KICKOFF, draft.subject(), draft.to(), draft.agencyIds(), draft.content(),
                "-", "pi-1", KICKOFF.atTime(10, 0).toInstant(java.time.ZoneOffset.ofHours(7)));
    }
}
