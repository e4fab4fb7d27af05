package th.go.phuket.planning.letter.web;

import java.util.List;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.dashboard.CycleLetterList;
import th.go.phuket.planning.letter.Letter;
import th.go.phuket.planning.letter.LetterQueries;
import th.go.phuket.planning.support.Messages;

/** The cycle's letters on the dashboard (its readers, the office and the managers, read every letter). */
@Component
class LetterDashboardList implements CycleLetterList {

    private final LetterQueries letters;

    LetterDashboardList(LetterQueries letters) {
        this.letters = letters;
    }

    @Override
    public List<Entry> entries(String cycleId) {
        return letters.ofCycle(cycleId).stream().map(letter -> new Entry(letter.letterId(), letter.number(),
                letter.content().date(), letter.subject(), to(letter), LetterLinks.page(letter.letterId()),
                LetterLinks.docx(letter.letterId()))).toList();
    }

    /** A circular names its agencies in its annex; here their count is enough. */
    private static String to(Letter letter) {
        return letter.agencyIds().size() > 1 ? Messages.get("letter.dashboard.agencies", letter.agencyIds().size())
                : String.join(", ", letter.to());
    }
}
