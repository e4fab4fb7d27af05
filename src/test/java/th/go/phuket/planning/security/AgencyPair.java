package th.go.phuket.planning.security;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.JdbcTemplate;

import th.go.phuket.planning.agency.AgencyBook;
import th.go.phuket.planning.agency.AgencyContact;
import th.go.phuket.planning.agency.AgencyInput;
import th.go.phuket.planning.contribution.ContributionProcess;
import th.go.phuket.planning.cycle.CycleProcess;
import th.go.phuket.planning.cycle.CycleStartParser;
import th.go.phuket.planning.cycle.CycleWalk;

/**
 * Two real agencies of the directory in one started cycle, each with its open review task: agency A is the caller,
 * agency B the owner of everything the caller must neither see nor change. B has claimed its task, saved values,
 * written comments, attached a file, has an incident and an email that FAILED: each carries a secret text of its
 * own, and every id of B's contribution (task, instance, executions, variables, comments, jobs, history) is
 * collected as a marker. B also has an official letter A may not read: the request for proposals of a second cycle
 * without A, whose enclosure is a secret text. An answer that holds a marker the caller did not send is a leak.
 */
final class AgencyPair {

    static final String AGENCY_A = "pkt_public_health";
    static final String AGENCY_B = "pkt_tourism_sports";
    /** A bystander: a third agency of the same cycle. */
    static final String AGENCY_C = "dist_kathu";

    static final String VAR_PROCESS_SECRET = ContributionProcess.VAR_REVIEW_COMMENTS;
    static final String VAR_TASK_SECRET = "reviewDraftOfB";
    static final String VAR_EXECUTION_SECRET = "executionNoteOfB";
    static final String VAR_FILE_SECRET = "supportingFileOfB";

    final String cycleId;
    final String cycleInstanceId;
    final Task taskA;
    final Task taskB;
    /** Placeholder name → value, for paths and bodies (e.g. {@code bTask}). */
    final Map<String, String> values = new LinkedHashMap<>();
    /** Marker name → B's data that must never reach the caller (secret texts and ids of B's objects). */
    final Map<String, String> markers = new LinkedHashMap<>();

    private AgencyPair(String cycleId, String cycleInstanceId, Task taskA, Task taskB) {
        this.cycleId = cycleId;
        this.cycleInstanceId = cycleInstanceId;
        this.taskA = taskA;
        this.taskB = taskB;
    }

    /** Starts the cycle (dates ahead of the engine clock, so no timer fires meanwhile) and plants B's data. */
    static AgencyPair start(ProcessEngine engine) {
        engine.getIdentityService().clearAuthentication();
        String nonce = Long.toString(System.nanoTime(), 36);
        String cycle = "isolation-" + nonce;
        var runtime = engine.getRuntimeService();
        var tasks = engine.getTaskService();
        String instance = runtime.startProcessInstanceByKey(CycleProcess.KEY, cycle,
                plannedAhead(List.of(AGENCY_A, AGENCY_B, AGENCY_C))).getId();
        Task draft = tasks.createTaskQuery().processInstanceId(instance).singleResult();
        CycleWalk.complete(engine, draft);
        AgencyPair pair = new AgencyPair(cycle, instance, reviewTask(engine, cycle, AGENCY_A),
                reviewTask(engine, cycle, AGENCY_B));
        pair.plantDataOfB(engine, nonce);
        pair.plantLetterOfB(engine, nonce);
        pair.collect(engine);
        return pair;
    }

    static Map<String, Object> plannedAhead(List<String> agencies) {
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("Asia/Bangkok"));
        return Map.of(CycleProcess.VAR_AGENCIES, String.join(",", agencies),
                CycleProcess.VAR_PROPOSALS_DUE, today.plusDays(40).toString(),
                CycleProcess.VAR_HEARING_DATE, today.plusDays(55).toString(),
                CycleProcess.VAR_COMMITTEE_DATE, today.plusDays(65).toString(),
                CycleProcess.VAR_SUBMISSION_DEADLINE, today.plusDays(75).toString(),
                // the shipped holidays end with 2026: dates ahead of the engine clock may fall in a year without them
                CycleStartParser.VAR_ALLOW_MISSING_HOLIDAYS, true);
    }

    private static Task reviewTask(ProcessEngine engine, String cycle, String agency) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(cycle)
                .taskDefinitionKey(ContributionProcess.TASK_AGENCY_REVIEW).taskCandidateGroup(agency).singleResult();
    }

    private void plantDataOfB(ProcessEngine engine, String nonce) {
        var tasks = engine.getTaskService();
        var identity = engine.getIdentityService();
        String id = taskB.getId();
        String instance = taskB.getProcessInstanceId();
        // what B does itself, so the operation log holds B's entries too
        identity.setAuthentication(AGENCY_B, List.of(AGENCY_B));
        try {
            tasks.claim(id, AGENCY_B);
        } finally {
            identity.clearAuthentication();
        }
        secret("secretProcessVariable", "ความเห็นลับของหน่วยงาน B " + nonce + "-pv");
        tasks.setVariable(id, VAR_PROCESS_SECRET, markers.get("secretProcessVariable"));
        tasks.setVariableLocal(id, VAR_TASK_SECRET, secret("secretTaskVariable", "ร่างของ B " + nonce + "-tv"));
        engine.getRuntimeService().setVariableLocal(taskB.getExecutionId(), VAR_EXECUTION_SECRET,
                secret("secretExecutionVariable", "บันทึกของ B " + nonce + "-ev"));
        byte[] file = secret("secretFileContent", "ไฟล์ลับของ B " + nonce + "-fv").getBytes(StandardCharsets.UTF_8);
        engine.getRuntimeService().setVariable(instance, VAR_FILE_SECRET, Variables.fileValue("b.txt")
                .file(file).mimeType("text/plain").encoding(StandardCharsets.UTF_8).create());
        values.put("bTaskComment", tasks.createComment(id, instance,
                secret("secretTaskComment", "ความเห็นในงานของ B " + nonce + "-tc")).getId());
        values.put("bInstanceComment", tasks.createComment(null, instance,
                secret("secretInstanceComment", "ความเห็นในกระบวนงานของ B " + nonce + "-ic")).getId());
        values.put("bAttachment", tasks.createAttachment("text/plain", id, instance,
                secret("secretAttachmentName", "เอกสารของ B " + nonce + "-an"),
                secret("secretAttachmentDescription", "คำอธิบายของ B " + nonce + "-ad"),
                new ByteArrayInputStream(secret("secretAttachmentContent", "เนื้อหาของ B " + nonce + "-ac")
                        .getBytes(StandardCharsets.UTF_8))).getId());
        values.put("bIncident", engine.getRuntimeService().createIncident("planningIsolation", taskB.getExecutionId(),
                "isolation", secret("secretIncidentMessage", "เหตุขัดข้องของ B " + nonce + "-im")).getId());
        values.put("bOutboxEmail", failedEmailToB(engine, nonce, instance));
    }

    /**
     * An email to B that FAILED after its last attempt, so "send again" would change it: its subject and error are
     * B's secrets (the outbox lists them to the office, never to an agency).
     */
    private String failedEmailToB(ProcessEngine engine, String nonce, String instance) {
        String id = "isolation-email-" + nonce;
        Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
        jdbc(engine).update("insert into pc_outbox (id, idempotency_key, kind, cycle_id, process_instance_id,"
                + " recipients, subject, body_text, body_html, status, attempts, last_error, created_at, updated_at,"
                + " retries_left) values (?, ?, 'REMINDER', ?, ?, ?, ?, ?, ?, 'FAILED', 6, ?, ?, ?, 0)",
                id, "REMINDER:isolation:" + nonce, cycleId, instance, AGENCY_B + "@agencies.example",
                secret("secretEmailSubject", "แจ้งเตือนถึง B " + nonce + "-es"),
                secret("secretEmailText", "ข้อความถึง B " + nonce + "-et"), "<p>B</p>",
                secret("secretEmailError", "เซิร์ฟเวอร์ของ B ปฏิเสธ " + nonce + "-ee"), now, now);
        return id;
    }

    static JdbcTemplate jdbc(ProcessEngine engine) {
        return new JdbcTemplate(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getDataSource());
    }

    /**
     * B's contact person in the directory (name, position, email; an engine user in B's group): the directory is
     * open to agencies, its people are not. {@link #removeContactOfB} puts the directory back for the other tests of
     * the shared context.
     */
    void plantContactOfB(AgencyBook book) {
        String nonce = cycleId.substring("isolation-".length());
        book.change(AGENCY_B, new AgencyInput(AGENCY_B, null, null, null, null, null, List.of(new AgencyContact(null,
                secret("secretContactName", "ผู้ประสานงานของ B " + nonce),
                secret("secretContactPosition", "ตำแหน่งของ B " + nonce),
                secret("secretContactEmail", "contact-" + nonce + "@tourism-sports.example"), "076-211-036"))),
                "isolation-test");
    }

    void removeContactOfB(AgencyBook book) {
        book.change(AGENCY_B, new AgencyInput(AGENCY_B, null, null, null, null, null, List.of()), "isolation-test");
    }

    /**
     * A cycle of B and C only: publishing its draft issues its request for proposals, a circular addressed to B and
     * C, never to A; its id is the marker. (What the letter says is no secret of B's: the cycle's dates, B's and C's
     * names and the draft's summary are public on the cycle's hearing page; the letter itself is for B and C.)
     */
    private void plantLetterOfB(ProcessEngine engine, String nonce) {
        String cycle = "isolation-b-" + nonce;
        String instance = engine.getRuntimeService().startProcessInstanceByKey(CycleProcess.KEY, cycle,
                plannedAhead(List.of(AGENCY_B, AGENCY_C))).getId();
        CycleWalk.complete(engine, engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult());
        values.put("bCycle", cycle);
        values.put("bCycleInstance", instance);
        values.put("bLetter", jdbc(engine).queryForObject("select letter_id from pc_letter where cycle_id = ?",
                String.class, cycle));
        markers.put("bLetter", values.get("bLetter"));
    }

    /**
     * A citizen's comment on the pair's public hearing (opened when the draft was published), posted as the public
     * does, with an email given under PDPA consent: the office's routes get its id, and the email must never reach
     * anybody but the office (no agency, no public page or API).
     */
    void plantHearingComment(int port) {
        String email = secret("secretCommenterEmail", "citizen-" + Long.toString(System.nanoTime(), 36)
                + "@isolation.example");
        var answer = RestClient.anonymous(port).post("/api/public/cycles/" + cycleId + "/comments",
                "{\"itemId\":\"general\",\"text\":\"ความเห็นที่ต้องได้รับคำตอบจากสำนักงานจังหวัด\","
                        + "\"sector\":\"citizen\",\"name\":\"ประชาชนผู้ให้อีเมล\",\"email\":\"" + email
                        + "\",\"consent\":true}");
        Matcher id = Pattern.compile("\"commentId\":\"([^\"]+)\"").matcher(answer.body());
        if (answer.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("the citizen's comment was refused: " + answer.statusCode() + " "
                    + answer.body());
        }
        values.put("comment", id.group(1));
    }

    private String secret(String name, String text) {
        markers.put(name, text);
        return text;
    }

    /** Every id of B's contribution, and the placeholders the routes use. */
    private void collect(ProcessEngine engine) {
        engine.getIdentityService().clearAuthentication();
        String instance = taskB.getProcessInstanceId();
        var runtime = engine.getRuntimeService();
        var history = engine.getHistoryService();
        var management = engine.getManagementService();
        values.put("aUser", AGENCY_A);
        values.put("bUser", AGENCY_B);
        values.put("bGroup", AGENCY_B);
        values.put("aTask", taskA.getId());
        values.put("bTask", taskB.getId());
        values.put("bInstance", instance);
        values.put("bExecution", taskB.getExecutionId());
        values.put("bDefinition", taskB.getProcessDefinitionId());
        values.put("bDefinitionKey", ContributionProcess.KEY);
        values.put("bDeployment", engine.getRepositoryService().getProcessDefinition(taskB.getProcessDefinitionId())
                .getDeploymentId());
        values.put("cycle", cycleId);
        values.put("bEmail", AGENCY_B + "@agencies.example");
        values.put("frameworkCode", "NS1");
        values.put("holiday", "2018-12-31");
        values.put("unknown", "isolation-no-such-object");
        values.put("bProcessVariable", VAR_PROCESS_SECRET);
        values.put("bTaskVariable", VAR_TASK_SECRET);
        values.put("bExecutionVariable", VAR_EXECUTION_SECRET);
        values.put("bFileVariable", VAR_FILE_SECRET);
        values.put("bVariableInstance", runtime.createVariableInstanceQuery().processInstanceIdIn(instance)
                .variableName(VAR_PROCESS_SECRET).singleResult().getId());
        values.put("bHistoricVariable", history.createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableName(VAR_PROCESS_SECRET).singleResult().getId());
        values.put("bHistoricDetail", history.createHistoricDetailQuery().processInstanceId(instance)
                .variableUpdates().list().get(0).getId());
        values.put("bActivityInstance", history.createHistoricActivityInstanceQuery().processInstanceId(instance)
                .activityId(ContributionProcess.TASK_AGENCY_REVIEW).singleResult().getId());
        // B's jobs: the due-notice timers sit on the cycle (shared with A in the pair's cycle), so B's are those of
        // the cycle of B and C only
        String bCycleInstance = values.get("bCycleInstance");
        values.put("bJob", management.createJobQuery().processInstanceId(bCycleInstance).list().get(0).getId());
        values.put("bJobDefinition", management.createJobQuery().processInstanceId(bCycleInstance).list().get(0)
                .getJobDefinitionId());
        values.put("bJobLog", history.createHistoricJobLogQuery().processInstanceId(bCycleInstance).list().get(0)
                .getId());
        values.put("bOperation", history.createUserOperationLogQuery().processInstanceId(instance).list().get(0)
                .getOperationId());
        values.put("bTaskAuthorization", engine.getAuthorizationService().createAuthorizationQuery()
                .resourceType(Resources.TASK).resourceId(taskB.getId()).groupIdIn(AGENCY_B).singleResult().getId());
        values.put("filter", engine.getFilterService().createFilterQuery()
                .filterName(TasklistFilterSeeder.GROUP_TASKS).singleResult().getId());
        for (String name : List.of("bTask", "bInstance", "bTaskComment", "bInstanceComment", "bAttachment",
                "bIncident", "bOutboxEmail", "bVariableInstance", "bHistoricVariable", "bHistoricDetail", "bActivityInstance", "bJob",
                "bJobLog", "bOperation")) {
            markers.put(name, values.get(name));
        }
        runtime.createExecutionQuery().processInstanceId(instance).list()
                .forEach(execution -> markers.put("bExecution:" + execution.getId(), execution.getId()));
        runtime.createVariableInstanceQuery().processInstanceIdIn(instance).list()
                .forEach(variable -> markers.put("bVariableInstance:" + variable.getName(), variable.getId()));
        history.createHistoricActivityInstanceQuery().processInstanceId(instance).list()
                .forEach(activity -> markers.put("bActivityInstance:" + activity.getActivityId(), activity.getId()));
        history.createHistoricDetailQuery().processInstanceId(instance).list()
                .forEach(detail -> markers.put("bHistoricDetail:" + detail.getId(), detail.getId()));
        management.createJobQuery().processInstanceId(bCycleInstance).list()
                .forEach(job -> markers.put("bJob:" + job.getId(), job.getId()));
        history.createUserOperationLogQuery().processInstanceId(instance).list()
                .forEach(entry -> markers.put("bOperationLog:" + entry.getId(), entry.getId()));
    }
}
