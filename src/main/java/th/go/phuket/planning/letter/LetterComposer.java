package th.go.phuket.planning.letter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import th.go.phuket.planning.agency.AgencyDirectory;
import th.go.phuket.planning.calendar.ThaiDates;

/**
 * Writes the texts of one letter from the cycle's facts, the office's settings and the letters issued before it
 * (the hearing invitation and the memo refer to the request for proposals): the parts common to every letter here,
 * each kind's own paragraphs in {@link LetterBodies}.
 */
@Component
public class LetterComposer {

    /** The texts of a letter and to whom it goes (names as written, and the agencies that may read it). */
    public record Draft(LetterContent content, String subject, List<String> to, List<String> agencyIds) {
    }

    /** What earlier steps left for this letter: the request for proposals, the memo's round, the plan's figures. */
    public record Context(Optional<Letter> proposalRequest, int memoRound, Optional<PlanFigures.Figures> figures) {
    }

    private final LetterSettings settings;
    private final AgencyDirectory directory;
    private final String publicUrl;
    private final Numerals numerals;
    private final Wording wording;

    public LetterComposer(LetterSettings settings, AgencyDirectory directory,
                          @Value("${planning.public-url:http://localhost:8080}") String publicUrl) {
        this.settings = settings;
        this.directory = directory;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.numerals = new Numerals(settings.thaiDigits());
        this.wording = new Wording(numerals);
    }

    public Numerals numerals() {
        return numerals;
    }

    public String registerPrefix() {
        return settings.registerPrefix();
    }

    public Draft compose(LetterKind kind, LetterFacts facts, String number, LocalDate issuedOn, Context context) {
        Map<String, Object> values = values(facts, context);
        LetterBodies bodies = new LetterBodies(wording, numerals, values);
        String subject = wording.text(kind.name() + ".subject", values);
        String date = date(issuedOn);
        List<String> agencies = kind.series() == Series.CIRCULAR ? facts.agencyIds() : List.of();
        List<String> to = agencies.isEmpty()
                ? List.of(kind == LetterKind.COMMITTEE_MEMO ? settings.memoTo() : settings.planSubmissionTo())
                : agencies.stream().map(id -> directory.require(id).nameTh()).toList();
        List<String> references = new ArrayList<>();
        List<String> enclosures = new ArrayList<>();
        List<LetterContent.Annex> annexes = new ArrayList<>();
        List<String> body = switch (kind) {
            case PROPOSAL_REQUEST -> bodies.proposalRequest(facts, enclosures, annexes);
            case HEARING_INVITATION -> bodies.hearingInvitation(facts, context, references, settings.hearingTime(),
                    hearingUrl(facts.cycleId()));
            case COMMITTEE_MEMO -> bodies.committeeMemo(facts, context);
            case PLAN_SUBMISSION -> bodies.planSubmission(enclosures);
        };
        if (!agencies.isEmpty()) {
            annexes.add(new LetterContent.Annex(wording.text("annex.addressees", Map.of("officeName",
                    settings.officeName(), "number", number, "date", date)), numbered(to), true));
        }
        boolean memo = kind.layout() == LetterKind.Layout.MEMO;
        LetterContent content = new LetterContent(kind.layout(), number,
                memo ? List.of(numerals.of(settings.memoUnit() + " " + wording.text("contact.phone",
                        Map.of("phone", settings.phone())))) : settings.officeAddress().stream().map(numerals::of).toList(),
                date, subject, memo ? settings.memoTo() : kind == LetterKind.PLAN_SUBMISSION
                        ? settings.planSubmissionTo() : settings.circularTo(),
                references, enclosures, body, memo ? null : wording.text("closing"),
                memo ? signatoryOrSpace(settings.memoSignatoryName()) : settings.signatoryName(),
                memo ? settings.memoSignatoryPosition() : settings.signatoryPosition(),
                memo ? List.of() : contact(), annexes);
        return new Draft(content, subject, to, agencies);
    }

    /** {@code ๒๐ สิงหาคม ๒๕๖๑}, or with Arabic digits when the office writes those. */
    public String date(LocalDate day) {
        return numerals.of(ThaiDates.fullDate(day).replaceFirst("^วัน\\S+ที่ ", ""));
    }

    private Map<String, Object> values(LetterFacts facts, Context context) {
        Map<String, Object> values = new HashMap<>();
        values.put("province", facts.province());
        values.put("planPeriod", facts.planPeriod().replace("-", "–"));
        values.put("fiscalYear", facts.fiscalYear());
        values.put("agencyCount", facts.agencyIds().size());
        values.put("officeName", settings.officeName());
        values.put("tasklistUrl", publicUrl + "/camunda/app/tasklist/");
        putDate(values, "proposalsDue", facts.proposalsDue());
        putDate(values, "hearingDate", facts.hearingDate());
        putDate(values, "committeeDate", facts.committeeDate());
        putDate(values, "submissionDeadline", facts.submissionDeadline());
        values.put("hearingVenue", facts.hearingVenue() == null ? "-" : facts.hearingVenue());
        values.put("attendeeCount", facts.attendeeCount() == null ? "-" : facts.attendeeCount());
        values.put("previousRound", Math.max(1, context.memoRound() - 1));
        values.put("proposalRequestReference", context.proposalRequest().map(letter -> wording.text("referenceInText",
                Map.of("officeName", settings.officeName(), "number", letter.number(), "date", letter.content().date())))
                .orElse(""));
        values.put("planFigures", context.figures().filter(figures -> figures.projects() > 0)
                .map(figures -> wording.text("planFigures", Map.of("projects", figures.projects(),
                        "budget", String.format(java.util.Locale.ROOT, "%,.2f", figures.budgetBaht()))))
                .orElse(context.figures().isPresent() ? wording.text("planFigures.none") : ""));
        return values;
    }

    private void putDate(Map<String, Object> values, String name, LocalDate day) {
        values.put(name, day == null ? "-" : date(day));
        if (day != null && name.equals("hearingDate")) {
            values.put("hearingDay", numerals.of(ThaiDates.fullDate(day)));
        }
    }

    private String hearingUrl(String cycleId) {
        return publicUrl + "/hearing/" + java.net.URLEncoder.encode(cycleId, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A memo whose signatory the office has not named leaves a dotted line for the name, as a printed form does. */
    private static String signatoryOrSpace(String name) {
        return name.isBlank() ? ".".repeat(40) : name;
    }

    private List<String> contact() {
        List<String> lines = new ArrayList<>(settings.ownerUnit());
        lines.add(wording.text("contact.phone", Map.of("phone", settings.phone())));
        if (settings.hasFax()) {
            lines.add(wording.text("contact.fax", Map.of("fax", settings.fax())));
        }
        lines.add(wording.text("contact.email", Map.of("email", settings.email())));
        return lines;
    }

    private List<String> numbered(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(numerals.of((i + 1) + ". ") + lines.get(i));
        }
        return out;
    }
}
