package th.go.phuket.planning.security;

import static th.go.phuket.planning.security.BadInput.AGENCY;
import static th.go.phuket.planning.security.BadInput.COMMITTEE_MEMBER;
import static th.go.phuket.planning.security.BadInput.STRATEGY;
import static th.go.phuket.planning.security.BadInput.completion;
import static th.go.phuket.planning.security.BadInput.json;
import static th.go.phuket.planning.security.BadInputCycle.Stage.COMMITTEE;
import static th.go.phuket.planning.security.BadInputCycle.Stage.DRAFT;
import static th.go.phuket.planning.security.BadInputCycle.Stage.HEARING;
import static th.go.phuket.planning.security.BadInputCycle.Stage.REVIEW;
import static th.go.phuket.planning.security.BadInputCycle.Stage.SCREENING;
import static th.go.phuket.planning.security.BadInputCycle.Stage.SUMMARY;

import java.util.List;

import th.go.phuket.planning.proposal.ProposedProjects;

/**
 * The bad inputs, in the order the suite's cycle reaches the tasks they target: start values (the app's API and
 * engine REST), task values of every kind of field over engine REST, JSON bodies, dates, ids, oversized values and
 * wrong content types, on engine REST and on {@code /api}. Each names what its answer must say.
 */
final class BadInputs {

    private static final String START = "/engine-rest/process-definition/key/planReviewCycle/start";
    private static final String LONG_TEXT = "ก".repeat(4_001);
    private static final String HUGE_TEXT = "ข".repeat(1_000_000);

    private BadInputs() {
    }

    static List<BadInput> all() {
        return List.of(
                // --- start values, POST /api/cycles ---------------------------------------------------------------
                json("fiscal year in words", "POST", "/api/cycles",
                        "{\"cycleId\":\"bad-fy-words\",\"fiscalYear\":\"สองพันห้าร้อยหกสิบสาม\"}", 400,
                        "ปีงบประมาณ", "fiscalYear"),
                json("fiscal year of the Common Era", "POST", "/api/cycles",
                        "{\"cycleId\":\"bad-fy-ce\",\"fiscalYear\":2020}", 400, "ปีงบประมาณ", "fiscalYear"),
                json("plan period backwards", "POST", "/api/cycles",
                        "{\"cycleId\":\"bad-period\",\"planPeriod\":\"2564-2561\"}", 400, "ช่วงแผน", "planPeriod"),
                json("cycle id with spaces and capitals", "POST", "/api/cycles",
                        "{\"cycleId\":\"Phuket 2563!\"}", 400, "รหัสรอบ", "cycleId"),
                json("cycle id of 300 characters", "POST", "/api/cycles",
                        "{\"cycleId\":\"" + "a".repeat(300) + "\"}", 400, "รหัสรอบ", "cycleId"),
                json("every date in Buddhist Era years", "POST", "/api/cycles",
                        "{\"cycleId\":\"bad-be-dates\",\"agencies\":\"pkt_public_health\",\"proposalsDue\":\"2561-08-31\","
                                + "\"hearingDate\":\"2561-09-13\",\"committeeDate\":\"2561-09-21\","
                                + "\"submissionDeadline\":\"2561-09-30\"}", 400, "พ.ศ.", "proposalsDue"),
                json("deadline written the Thai way", "POST", "/api/cycles",
                        "{\"cycleId\":\"bad-thai-date\",\"submissionDeadline\":\"30 ก.ย. 2561\"}", 400,
                        "submissionDeadline", "yyyy-MM-dd"),
                json("province as a JSON object", "POST", "/api/cycles",
                        "{\"cycleId\":\"bad-province\",\"agencies\":\"pkt_public_health\",\"province\":{\"th\":\"ภูเก็ต\"}}",
                        400, "province", "ข้อความ"),
                json("province as a number", "POST", "/api/cycles",
                        "{\"cycleId\":\"bad-province-number\",\"agencies\":\"pkt_public_health\",\"province\":83}",
                        400, "province", "ข้อความ"),
                json("unknown agency in a list", "POST", "/api/cycles",
                        "{\"cycleId\":\"bad-agency-list\",\"agencies\":[\"pkt_public_health\",\"pkt_nowhere\"]}", 400,
                        "ไม่พบหน่วยงาน", "pkt_nowhere"),
                json("agencies of 10,000 characters", "POST", "/api/cycles",
                        "{\"cycleId\":\"bad-agency-long\",\"agencies\":\"" + "x".repeat(10_000) + "\"}", 400,
                        "ไม่พบหน่วยงาน", "unknown agency"),
                json("province of a million characters", "POST", "/api/cycles",
                        "{\"cycleId\":\"bad-huge\",\"province\":\"" + HUGE_TEXT + "\"}", 400, "ยาวเกิน", "longer than"),
                json("a JSON array instead of an object", "POST", "/api/cycles", "[\"phuket-2563\"]", 400,
                        "JSON object", "cycleId"),
                json("the JSON literal null", "POST", "/api/cycles", "null", 400, "JSON object", "cycleId"),
                json("an empty body", "POST", "/api/cycles", "", 400, "JSON object", "cycleId"),
                json("plain text instead of JSON", "POST", "/api/cycles", "cycleId=phuket-2563", 415,
                        "JSON", "application/json").typed("text/plain"),
                json("XML instead of JSON", "POST", "/api/cycles", "<cycle><cycleId>x</cycleId></cycle>", 415,
                        "JSON", "application/json").typed("application/xml"),
                // --- start values over engine REST ------------------------------------------------------------
                json("impossible date at an engine REST start", "POST", START,
                        "{\"businessKey\":\"bad-rest-date\",\"variables\":{\"proposalsDue\":{\"value\":\"2018-02-30\"},"
                                + "\"agencies\":{\"value\":\"pkt_public_health\"}}}", 400, "proposalsDue", "real date"),
                json("unknown agency at an engine REST start", "POST", START,
                        "{\"businessKey\":\"bad-rest-agency\",\"variables\":{\"agencies\":{\"value\":\"pkt_nowhere\"}}}",
                        400, "ไม่พบหน่วยงาน", "unknown agency"),
                json("business key and cycle id that differ", "POST", START,
                        "{\"businessKey\":\"bad-rest-key\",\"variables\":{\"cycleId\":{\"value\":\"other-key\"},"
                                + "\"agencies\":{\"value\":\"pkt_public_health\"}}}", 400, "business key", "differ"),
                json("a fiscal year typed Integer that is text", "POST", START,
                        "{\"businessKey\":\"bad-rest-type\",\"variables\":{\"fiscalYear\":{\"value\":\"สองพัน\","
                                + "\"type\":\"Integer\"}}}", 400, "คำขอไม่ถูกต้อง", "สองพัน", "Integer"),
                json("a variable of an unknown type", "POST", START,
                        "{\"businessKey\":\"bad-rest-vtype\",\"variables\":{\"province\":{\"value\":\"ภูเก็ต\","
                                + "\"type\":\"Province\"}}}", 400, "Province", "type"),
                json("broken JSON at an engine REST start", "POST", START, "{\"businessKey\":", 400, "ไม่ใช่ JSON",
                        "not valid JSON"),
                json("plain text at an engine REST start", "POST", START, "businessKey=x", 415, "JSON")
                        .typed("text/plain"),
                // --- the office's draft (Task_PrepareDraft) ---------------------------------------------------
                completion("empty draft summary", STRATEGY, DRAFT, "{\"draftSummary\":{\"value\":\"\"}}",
                        "สรุปร่างแผน", "draftSummary is required"),
                completion("draft summary of zero-width and no-break spaces", STRATEGY, DRAFT,
                        "{\"draftSummary\":{\"value\":\"\\u200B\\u00A0 \\uFEFF\"}}", "สรุปร่างแผน", "is required"),
                completion("draft summary as a number", STRATEGY, DRAFT,
                        "{\"draftSummary\":{\"value\":42,\"type\":\"Integer\"}}", "ต้องเป็นข้อความ", "must be text"),
                completion("draft summary of 4,001 characters", STRATEGY, DRAFT,
                        "{\"draftSummary\":{\"value\":\"" + LONG_TEXT + "\"}}", "ยาวเกิน", "at most 4000"),
                completion("draft summary null", STRATEGY, DRAFT, "{\"draftSummary\":{\"value\":null}}",
                        "สรุปร่างแผน", "is required"),
                completion("an extra variable of 10,000 characters", STRATEGY, DRAFT,
                        "{\"draftSummary\":{\"value\":\"ร่างแผน\"},\"notes\":{\"value\":\"" + "ค".repeat(10_000) + "\"}}",
                        "ยาวเกิน", "4000"),
                new BadInput("a task id that does not exist", STRATEGY, "POST",
                        "/engine-rest/task/no-such-task/complete", "{}", BadInput.JSON, DRAFT, 404,
                        List.of("no-such-task")),
                // --- the agency's review (Task_AgencyReview), as the agency itself ----------------------------
                completion("review outcome that is not a choice", AGENCY, REVIEW,
                        "{\"reviewOutcome\":{\"value\":\"maybe\"}}", "ผลการทบทวน", "must be one of"),
                completion("review outcome missing", AGENCY, REVIEW, "{\"reviewComments\":{\"value\":\"ok\"}}",
                        "ผลการทบทวน", "reviewOutcome is required"),
                completion("review comments of 4,001 characters", AGENCY, REVIEW,
                        "{\"reviewOutcome\":{\"value\":\"no_change\"},\"reviewComments\":{\"value\":\"" + LONG_TEXT
                                + "\"}}", "ยาวเกิน", "at most 4000"),
                completion("projects as broken JSON text", AGENCY, REVIEW,
                        "{\"reviewOutcome\":{\"value\":\"changes_proposed\"},\"projects\":{\"value\":\"[{\\\"title\\\":\"}}",
                        "รายการโครงการ", "projects"),
                completion("projects as a JSON object, not a list", AGENCY, REVIEW,
                        "{\"reviewOutcome\":{\"value\":\"changes_proposed\"},\"projects\":{\"value\":"
                                + "\"{\\\"title\\\":\\\"x\\\"}\",\"type\":\"Json\"}}", "รายการโครงการ", "projects"),
                completion("a project with a negative budget", AGENCY, REVIEW, projects("budgetBaht", -5000), "budgetBaht", "งบประมาณ"),
                completion("a project aligned to an unknown code", AGENCY, REVIEW, projects("alignment", List.of("PKT-M9", "NS3")), "alignment", "PKT-M9"),
                completion("a project year of the Common Era", AGENCY, REVIEW, projects("fiscalYear", 2020),
                        "ปี ค.ศ.", "2563"),
                completion("a project title of 301 characters", AGENCY, REVIEW, projects("title", "ต".repeat(301)), "title", "300"),
                // --- the office's screening (Task_ScreenProposal) ---------------------------------------------
                completion("proposal returned without a note", STRATEGY, SCREENING,
                        "{\"screeningDecision\":{\"value\":\"returned\"}}", "เหตุผลที่ส่งกลับ", "screeningNote"),
                completion("screening decision that is not a choice", STRATEGY, SCREENING,
                        "{\"screeningDecision\":{\"value\":\"rejected\"}}", "ผลการกลั่นกรอง", "must be one of"),
                // --- the hearing (Task_PrepareHearing, Task_SummariseHearing) ----------------------------------
                completion("hearing date written day first", STRATEGY, HEARING, hearing("13/09/2018"),
                        "วันจัดเวทีประชาคม", "hearingDate"),
                completion("hearing date that does not exist", STRATEGY, HEARING, hearing("2018-02-30"),
                        "วันจัดเวทีประชาคม", "hearingDate"),
                completion("hearing date in a Buddhist Era year", STRATEGY, HEARING, hearing("2561-09-13"),
                        "พ.ศ.", "Gregorian year"),
                completion("hearing venue of 201 characters", STRATEGY, HEARING,
                        "{\"hearingDate\":{\"value\":\"2018-09-13\"},\"hearingVenue\":{\"value\":\"" + "ศ".repeat(201)
                                + "\"}}", "สถานที่จัดเวทีประชาคม", "at most 200"),
                completion("negative attendee count", STRATEGY, SUMMARY, summary("-1"), "จำนวนผู้เข้าร่วม",
                        "between 0 and"),
                completion("attendee count in words", STRATEGY, SUMMARY, summary("\"หลายร้อย\""),
                        "จำนวนผู้เข้าร่วม", "whole number"),
                completion("attendee count with a fraction", STRATEGY, SUMMARY, summary("1.5"),
                        "จำนวนผู้เข้าร่วม", "whole number"),
                completion("attendee count of a million", STRATEGY, SUMMARY, summary("1000000"),
                        "จำนวนผู้เข้าร่วม", "between 0 and"),
                // --- the committee (Task_CommitteeDecision) ---------------------------------------------------
                completion("committee decision that is not a choice", COMMITTEE_MEMBER, COMMITTEE,
                        "{\"committeeDecision\":{\"value\":\"yes\"}}", "มติ ก.บ.จ.", "must be one of"),
                // --- the app's other APIs: dates, ids, filters, content types --------------------------------------
                json("holiday on the 13th month", "PUT", "/api/holidays/2018-13-01",
                        "{\"nameTh\":\"วันหยุด\",\"nameEn\":\"Holiday\",\"substitution\":false}", 400, "2018-13-01")
                        .at(COMMITTEE),
                json("holiday without a Thai name", "PUT", "/api/holidays/2018-12-24",
                        "{\"nameEn\":\"Christmas Eve\",\"substitution\":false}", 400, "nameTh").at(COMMITTEE),
                json("holiday sent as plain text", "PUT", "/api/holidays/2018-12-24", "วันหยุด", 415,
                        "JSON", "application/json").typed("text/plain").at(COMMITTEE),
                json("holidays of a year in words", "GET", "/api/holidays?year=next", null, 400, "next")
                        .at(COMMITTEE),
                json("deleting a day that is no holiday", "DELETE", "/api/holidays/2018-12-24", null, 404,
                        "2018-12-24").at(COMMITTEE),
                json("rehearsal clock set to a word", "POST", "/api/demo/clock", "{\"now\":\"yesterday\"}", 400,
                        "yesterday").at(COMMITTEE),
                json("rehearsal clock moved back", "POST", "/api/demo/clock", "{\"now\":\"2001-01-01T09:00:00+07:00\"}",
                        400, "2001-01-01").at(COMMITTEE),
                json("outbox of an unknown kind", "GET", "/api/outbox?kind=POSTCARD", null, 400, "POSTCARD")
                        .at(COMMITTEE),
                json("outbox limit in words", "GET", "/api/outbox?limit=many", null, 400, "limit", "many", "whole number")
                        .at(COMMITTEE),
                json("outbox of an unknown status", "GET", "/api/outbox?status=LOST", null, 400, "LOST")
                        .at(COMMITTEE),
                json("sending again an email that does not exist", "POST", "/api/outbox/no-such-email/send-again",
                        null, 404, "no-such-email").at(COMMITTEE),
                json("progress of an unknown cycle", "GET", "/api/cycles/no-such-cycle/progress", null, 404,
                        "no-such-cycle").at(COMMITTEE),
                json("action plan of an unknown cycle", "GET", "/api/cycles/no-such-cycle/action-plan.csv", null,
                        404, "no-such-cycle").at(COMMITTEE),
                json("an unknown agency", "GET", "/api/agencies/pkt_nowhere", null, 404, "pkt_nowhere")
                        .at(COMMITTEE),
                json("an unknown framework code", "GET", "/api/frameworks/NS99", null, 404, "NS99").at(COMMITTEE),
                json("POST to a read-only list", "POST", "/api/frameworks", "{}", 405, "POST").at(COMMITTEE),
                json("an API path that does not exist", "GET", "/api/nothing-here", null, 404, "/api/nothing-here")
                        .at(COMMITTEE),
                json("variables of a process instance that does not exist", "GET",
                        "/engine-rest/process-instance/no-such-instance/variables", null, 404, "no-such-instance")
                        .at(COMMITTEE));
    }

    /** The agency's review proposing one good project with one field replaced, as a JSON variable. */
    private static String projects(String field, Object value) {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        try {
            String projects = json.writeValueAsString(List.of(ProposedProjects.with(field, value)));
            return json.writeValueAsString(java.util.Map.of(
                    "reviewOutcome", java.util.Map.of("value", "changes_proposed"),
                    "projects", java.util.Map.of("value", projects, "type", "Json")));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hearing(String date) {
        return "{\"hearingDate\":{\"value\":\"" + date + "\"},\"hearingVenue\":{\"value\":\"ศาลากลางจังหวัดภูเก็ต\"}}";
    }

    private static String summary(String count) {
        return "{\"hearingSummary\":{\"value\":\"ผู้เข้าร่วมเห็นด้วยกับร่างแผน\"},\"attendeeCount\":{\"value\":" + count
                + "}}";
    }
}
