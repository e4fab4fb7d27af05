package th.go.phuket.planning.letter;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The paragraphs of each kind of letter, from {@code letters/wording.properties}, with what the cycle recorded. */
final class LetterBodies {

    private final Wording wording;
    private final Numerals numerals;
    private final Map<String, Object> values;

    LetterBodies(Wording wording, Numerals numerals, Map<String, Object> values) {
        this.wording = wording;
        this.numerals = numerals;
        this.values = values;
    }

    /** The request goes with the office's summary of the draft (what Task_PrepareDraft recorded) as its enclosure. */
    List<String> proposalRequest(LetterFacts facts, List<String> enclosures, List<LetterContent.Annex> annexes) {
        Map<String, Object> own = new HashMap<>(values);
        own.put("enclosed", facts.draftSummary() == null ? "" : wording.text("PROPOSAL_REQUEST.enclosed"));
        if (facts.draftSummary() != null) {
            enclosures.add(wording.text("PROPOSAL_REQUEST.enclosure", values));
            annexes.add(new LetterContent.Annex(wording.text("PROPOSAL_REQUEST.annex", values),
                    lines(facts.draftSummary()), false));
        }
        return paragraphs("PROPOSAL_REQUEST", 3, own);
    }

    List<String> hearingInvitation(LetterFacts facts, LetterComposer.Context context, List<String> references,
                                   String usualTime, String hearingUrl) {
        Map<String, Object> own = new HashMap<>(values);
        LocalTime time = facts.hearingTime() != null ? facts.hearingTime() : LocalTime.parse(usualTime);
        own.put("hearingTime", String.format("%02d.%02d", time.getHour(), time.getMinute()));
        own.put("hearingUrl", hearingUrl);
        own.putIfAbsent("hearingDay", "-");
        List<String> body = new ArrayList<>();
        context.proposalRequest().ifPresentOrElse(request -> {
            references.add(wording.text("reference", Map.of("officeName", values.get("officeName"),
                    "number", request.number(), "date", request.content().date())));
            body.add(wording.text("HEARING_INVITATION.body.referenced", own));
        }, () -> body.add(wording.text("HEARING_INVITATION.body.unreferenced", own)));
        body.add(wording.text("HEARING_INVITATION.body.2", own));
        body.add(wording.text("HEARING_INVITATION.body.3", own));
        return body;
    }

    /** เรื่องเดิม, ข้อเท็จจริง (with the hearing's summary, the revision and the committee's earlier note), ข้อพิจารณา, ข้อเสนอ. */
    List<String> committeeMemo(LetterFacts facts, LetterComposer.Context context) {
        List<String> body = new ArrayList<>();
        body.add(wording.text("COMMITTEE_MEMO.body.1", values));
        body.add(wording.text("COMMITTEE_MEMO.body.2", values));
        quoted(body, "COMMITTEE_MEMO.hearingSummary", facts.hearingSummary());
        quoted(body, "COMMITTEE_MEMO.revisionNote", facts.revisionNote());
        if (context.memoRound() > 1) {
            quoted(body, "COMMITTEE_MEMO.committeeNote", facts.committeeNote());
        }
        body.add(wording.text("COMMITTEE_MEMO.body.3", values));
        body.add(wording.text("COMMITTEE_MEMO.body.4", values));
        return body;
    }

    List<String> planSubmission(List<String> enclosures) {
        enclosures.add(wording.text("PLAN_SUBMISSION.enclosure.1", values));
        enclosures.add(wording.text("PLAN_SUBMISSION.enclosure.2", values));
        return paragraphs("PLAN_SUBMISSION", 3, values);
    }

    private List<String> paragraphs(String kind, int count, Map<String, Object> with) {
        List<String> body = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            body.add(wording.text(kind + ".body." + i, with));
        }
        return body;
    }

    private void quoted(List<String> body, String key, String text) {
        if (text != null) {
            Map<String, Object> own = new HashMap<>(values);
            own.put("text", String.join(" ", lines(text)));
            body.add(wording.text(key, own));
        }
    }

    /** The office's own text, one paragraph per line it typed, digits in the office's style. */
    private List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty())
                .map(numerals::of).toList();
    }
}
