package th.go.phuket.planning.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** How {@link EngineErrorFilter} rewrites the engine's error answers (the integration tests call it over HTTP). */
class EngineErrorFilterTest {

    private final EngineErrorFilter filter = new EngineErrorFilter();

    @Test
    void aRefusalNamesTheCallerAndTheRightsButNoObjectIds() {
        String answer = rewritten(403, """
                {"type":"AuthorizationException","message":"The user with id 'pkt_public_health' does not have one of \
                the following permissions: 'UPDATE' permission on resource 'b-instance-id' of type 'ProcessInstance'",\
                "userId":"pkt_public_health","resourceName":null,"resourceId":null,"missingAuthorizations":[\
                {"permissionName":"UPDATE","resourceName":"ProcessInstance","resourceId":"b-instance-id"}]}""");

        assertThat(answer).contains("ไม่มีสิทธิ์", "pkt_public_health", "UPDATE on ProcessInstance")
                .doesNotContain("b-instance-id");
    }

    @Test
    void theProductsOwnRefusalLosesTheEnginesWrapping() {
        String answer = rewritten(500, """
                {"type":"RestException","message":"Cannot submit task form t1: ENGINE-03051 There was an exception \
                while invoking the TaskListener. Message: 'Exception while invoking TaskListener: ยังบันทึกงานนี้ไม่ได้ \
                (the task stays open): กรุณากรอกสรุปร่างแผน (draftSummary is required)'","code":0}""");

        assertThat(answer).contains("\"message\":\"ยังบันทึกงานนี้ไม่ได้ (the task stays open): กรุณากรอกสรุปร่างแผน "
                + "(draftSummary is required)\"").doesNotContain("ENGINE-", "Exception while");
    }

    @Test
    void aValueTooLongForItsColumnIsTheCallersMistake() {
        var answer = filter.rewrite(500, bytes("""
                {"type":"RestException","message":"Cannot complete task t1: An exception occurred in the persistence \
                layer. Please check the server logs for a detailed message and the entire exception stack trace.",\
                "code":10002}"""));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(new String(answer.body(), StandardCharsets.UTF_8)).contains("ยาวเกิน", "at most 4000 characters")
                .doesNotContain("server logs");
    }

    @Test
    void englishOnlyTextsGetTheStatusInThaiFirstAndPlainTextBecomesJson() {
        assertThat(rewritten(404, "{\"type\":\"InvalidRequestException\",\"message\":\"No matching task with id x\"}"))
                .contains("\"message\":\"ไม่พบข้อมูลที่ขอ (not found): No matching task with id x\"");
        assertThat(rewritten(400, "Unrecognized field \"budget\""))
                .contains("\"type\":\"InvalidRequestException\"", "คำขอไม่ถูกต้อง", "Unrecognized field");
    }

    private String rewritten(int status, String body) {
        return new String(filter.rewrite(status, bytes(body)).body(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
