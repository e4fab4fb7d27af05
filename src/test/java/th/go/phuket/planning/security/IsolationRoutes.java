package th.go.phuket.planning.security;

import java.util.List;

/**
 * The isolation matrix's classification: what agency A (and, derived from it, the anonymous caller) must get from
 * every route, called against agency B's objects. One line per route or pattern, the first match wins; every route
 * the running app serves must match a line (a new route fails {@link IsolationMatrixIntegrationTest} until it is
 * classified here), and every line must match a route (a stale line fails too).
 *
 * <pre>
 * METHOD  PATH                        EXPECTATION  [@param=$value ...] [writes=table,...]
 *                                                  [?query | JSON body | form:name=value&... | multipart:field,... ]
 * DENIED  A is refused (any 4xx answer); anonymous 401 (APIs) or the login page (pages)
 * SAFE    A gets any answer below 500 (filtered lists, refusals); anonymous as for DENIED
 * PUBLIC  everybody, the anonymous caller too, gets an answer below 500
 * OUT     not in the matrix; the rest of the line says why
 * </pre>
 * {@code writes=} (PUBLIC only): product tables the request is meant to add rows to, e.g. a citizen's comment.
 * Whatever the line says, no answer may hold B's data and nothing of B may change (see {@link AgencyPair}).
 */
final class IsolationRoutes {

    private IsolationRoutes() {
    }

    /** The app's own controllers (Spring MVC), one line per route: a new page or API must be classified here. */
    static final String APP = """
            GET     /                                            PUBLIC
            *       /error                                       OUT      Spring's error page, shown for another request's failure; holds no data
            GET     /dashboard                                   DENIED   ?cycle=$cycle
            GET     /outbox                                      DENIED
            GET     /cycles/{cycleId}/action-plan                DENIED
            GET     /office/agencies                             DENIED
            GET     /office/holidays                             DENIED   ?year=2018
            GET     /office/cycles/new                           DENIED
            GET     /api/agencies                                SAFE
            GET     /api/agencies/{id}                           SAFE
            POST    /api/agencies                                DENIED   {"id":"isolation_by_a","nameTh":"หน่วยงานของ A","category":"district","email":"a@agencies.example"}
            PUT     /api/agencies/{id}                           DENIED   {"nameTh":"แก้โดย A","email":"a@agencies.example","contacts":[]}
            GET     /api/agencies/changes                        DENIED   ?agencyId=$bGroup
            GET     /api/agencies.csv                            DENIED
            GET     /api/agencies.xlsx                           DENIED
            POST    /api/agencies/import                         DENIED   multipart:file
            GET     /api/frameworks                              SAFE
            GET     /api/frameworks/{code}                       SAFE
            GET     /api/holidays                                SAFE     ?year=2018
            GET     /api/holidays/{date}                         SAFE
            PUT     /api/holidays/{date}                         DENIED   {"nameTh":"วันหยุดของ A","nameEn":"A's day","substitution":false}
            DELETE  /api/holidays/{date}                         DENIED
            POST    /api/holidays/{date}/move                    DENIED   {"to":"2018-12-28"}
            GET     /api/holidays/changes                        DENIED   ?year=2018
            GET     /api/holidays.csv                            SAFE     ?year=2018
            POST    /api/holidays/import                         DENIED   multipart:file
            GET     /api/cycles/defaults                         DENIED   ?submissionDeadline=2027-09-30
            GET     /api/cycles                                  DENIED
            POST    /api/cycles                                  DENIED   {"cycleId":"isolation-by-a","agencies":"$bGroup"}
            GET     /api/cycles/{cycleId}/progress               DENIED
            GET     /api/cycles/{cycleId}/progress.csv           DENIED
            GET     /api/cycles/{cycleId}/progress.xlsx          DENIED
            GET     /api/cycles/{cycleId}/action-plan.csv        DENIED
            GET     /api/cycles/{cycleId}/action-plan.xlsx       DENIED
            GET     /api/outbox                                  DENIED   ?to=$bEmail
            POST    /api/outbox/{id}/send-again                  DENIED
            GET     /api/cycles/{cycleId}/letters                SAFE     @cycleId=$bCycle
            GET     /api/letters/{letterId}.docx                 DENIED
            GET     /letters/{letterId}                          DENIED
            GET     /letters/{letterId}/emblem                   DENIED
            GET     /api/demo/clock                              DENIED
            GET     /api/clock                                   SAFE
            GET     /agency-review/{contribution}                PUBLIC
            POST    /api/demo/clock                              DENIED   {"now":"2030-01-01T09:00:00+07:00"}
            GET     /hearing/{cycleId}                           PUBLIC   ?item=general
            POST    /hearing/{cycleId}                           PUBLIC   writes=pc_hearing_comment form:itemId=general&text=ความเห็นที่ส่งจากหน้าเว็บ ไม่ใช้สคริปต์&sector=citizen&name=ประชาชนในตาราง
            POST    /hearing/{cycleId}/comments/{commentId}/report  PUBLIC  writes=pc_hearing_report form:reason=off_topic
            GET     /hearing/{cycleId}/record                    PUBLIC
            GET     /api/public/cycles/{cycleId}/hearing         PUBLIC
            POST    /api/public/cycles/{cycleId}/comments        PUBLIC   writes=pc_hearing_comment {"itemId":"general","text":"ความเห็นของประชาชนต่อร่างแผน","sector":"citizen"}
            POST    /api/public/comments/{commentId}/report      PUBLIC   writes=pc_hearing_report {"reason":"spam"}
            GET     /cycles/{cycleId}/comments                   DENIED   ?filter=all
            POST    /cycles/{cycleId}/comments/{commentId}/answer      DENIED  form:status=not_accepted&text=คำตอบที่หน่วยงาน A เขียนเอง
            POST    /cycles/{cycleId}/comments/{commentId}/moderation  DENIED  form:action=remove&reason=หน่วยงาน A นำออก
            GET     /api/cycles/{cycleId}/comments               DENIED   ?filter=all
            PUT     /api/cycles/{cycleId}/comments/{commentId}/answer  DENIED  {"status":"not_accepted","text":"คำตอบที่หน่วยงาน A เขียนเอง"}
            POST    /api/cycles/{cycleId}/comments/{commentId}/moderation  DENIED  {"action":"remove","reason":"หน่วยงาน A นำออก"}
            GET     /api/cycles/{cycleId}/hearing-record.xlsx    DENIED
            """;

    /** Path parameters of the app's routes: {@code PATH-PREFIX VALUE}, or {@code {param} VALUE} anywhere. */
    static final String APP_PARAMETERS = """
            {cycleId}              cycle
            /api/agencies/{id}     bGroup
            /api/outbox/{id}       bOutboxEmail
            {code}                 frameworkCode
            {date}                 holiday
            {commentId}            comment
            {letterId}             bLetter
            {contribution}         bInstance
            """;

    /** Engine REST, relative to {@code /engine-rest}: the families that hold or change agencies' work. */
    static final String ENGINE = """
            # --- not agencies' objects --------------------------------------------------------------------------
            *       /case-definition/**          OUT  CMMN: the app deploys no case definitions, no agency has a case
            *       /case-instance/**            OUT  CMMN: no case instances
            *       /case-execution/**           OUT  CMMN: no case executions
            *       /history/case-*/**           OUT  CMMN: no case history
            *       /decision-definition/**      OUT  the shared screening table; its evaluations by agencies are in /history/decision-instance
            *       /decision-requirements-definition/**  OUT  the shared screening table's requirements graph
            *       /batch/**                    OUT  the office's bulk operations; the routes that start them are in the matrix
            *       /history/batch/**            OUT  history of the office's bulk operations
            *       /metrics/**                  OUT  engine-wide counters, nothing per agency
            *       /telemetry/**                OUT  engine-wide product data
            *       /schema/**                   OUT  the database schema's version log
            *       /version                     OUT  the engine version
            # --- tasks ------------------------------------------------------------------------------------------
            GET     /task                        SAFE    ?processInstanceId=$bInstance
            GET     /task/count                  SAFE    ?processInstanceId=$bInstance
            POST    /task                        SAFE    {"processInstanceId":"$bInstance"}
            POST    /task/count                  SAFE    {"processInstanceId":"$bInstance"}
            GET     /task/report/candidate-group-count  SAFE
            POST    /task/create                 DENIED  {"name":"งานที่ A สร้างให้ B","assignee":"$bUser"}
            GET     /task/{id}/**                DENIED
            POST    /task/{id}/claim             DENIED  {"userId":"$aUser"}
            POST    /task/{id}/unclaim           DENIED
            POST    /task/{id}/assignee          DENIED  {"userId":"$aUser"}
            POST    /task/{id}/delegate          DENIED  {"userId":"$aUser"}
            POST    /task/{id}/resolve           DENIED  {"variables":{}}
            POST    /task/{id}/complete          DENIED  {"variables":{"reviewOutcome":{"value":"no_change"}}}
            POST    /task/{id}/submit-form       DENIED  {"variables":{"reviewOutcome":{"value":"no_change"}}}
            POST    /task/{id}/bpmnError         DENIED  {"errorCode":"isolation"}
            POST    /task/{id}/bpmnEscalation    DENIED  {"escalationCode":"isolation"}
            PUT     /task/{id}                   DENIED  {"name":"เปลี่ยนโดย A","assignee":"$aUser","priority":99}
            DELETE  /task/{id}                   DENIED
            POST    /task/{id}/identity-links    DENIED  {"groupId":"$aUser","type":"candidate"}
            POST    /task/{id}/identity-links/delete  DENIED  {"groupId":"$bGroup","type":"candidate"}
            POST    /task/{id}/comment/create    DENIED  {"message":"ความเห็นของ A"}
            PUT     /task/{id}/comment           DENIED  {"id":"$bTaskComment","message":"แก้โดย A"}
            DELETE  /task/{id}/comment/**        DENIED
            POST    /task/{id}/attachment/create  DENIED  multipart:attachment-name,attachment-description,attachment-type,content
            DELETE  /task/{id}/attachment/{attachmentId}  DENIED
            POST    /task/{id}/variables         DENIED  {"modifications":{"reviewComments":{"value":"แก้โดย A"}},"deletions":["reviewDraftOfB"]}
            POST    /task/{id}/localVariables    DENIED  {"modifications":{"reviewDraftOfB":{"value":"แก้โดย A"}},"deletions":[]}
            PUT     /task/{id}/*/{varId}         DENIED  {"value":"แก้โดย A","type":"String"}
            DELETE  /task/{id}/*/{varId}         DENIED
            POST    /task/{id}/*/{varId}/data    DENIED  multipart:data
            # --- process instances and executions ---------------------------------------------------------------
            GET     /process-instance            SAFE    ?processInstanceIds=$bInstance
            GET     /process-instance/count      SAFE    ?processInstanceIds=$bInstance
            POST    /process-instance            SAFE    {"processInstanceIds":["$bInstance"]}
            POST    /process-instance/count      SAFE    {"processInstanceIds":["$bInstance"]}
            GET     /process-instance/{id}/**    DENIED
            DELETE  /process-instance/{id}       DENIED
            PUT     /process-instance/{id}/suspended  DENIED  {"suspended":true}
            POST    /process-instance/{id}/variables  DENIED  {"modifications":{"reviewComments":{"value":"แก้โดย A"}}}
            PUT     /process-instance/{id}/variables/{varId}  DENIED  {"value":"แก้โดย A","type":"String"}
            DELETE  /process-instance/{id}/variables/{varId}  DENIED
            POST    /process-instance/{id}/variables/{varId}/data  DENIED  multipart:data
            POST    /process-instance/{id}/modification*  DENIED  {"instructions":[{"type":"cancel","activityId":"Task_AgencyReview"}]}
            PUT     /process-instance/{id}/comment  DENIED  {"id":"$bInstanceComment","message":"แก้โดย A"}
            DELETE  /process-instance/{id}/comment/**  DENIED
            POST    /process-instance/delete     DENIED  {"processInstanceIds":["$bInstance"],"deleteReason":"A"}
            POST    /process-instance/delete-historic-query-based  DENIED  {"historicProcessInstanceQuery":{"processInstanceIds":["$bInstance"]},"deleteReason":"A"}
            POST    /process-instance/job-retries  DENIED  {"processInstances":["$bInstance"],"retries":0}
            POST    /process-instance/job-retries-historic-query-based  DENIED  {"historicProcessInstanceQuery":{"processInstanceIds":["$bInstance"]},"retries":0}
            POST    /process-instance/message-async  DENIED  {"messageName":"isolation","processInstanceIds":["$bInstance"]}
            POST    /process-instance/suspended-async  DENIED  {"processInstanceIds":["$bInstance"],"suspended":true}
            PUT     /process-instance/suspended  DENIED  {"processInstanceIds":["$bInstance"],"suspended":true}
            POST    /process-instance/variables-async  DENIED  {"processInstanceIds":["$bInstance"],"variables":{"reviewComments":{"value":"แก้โดย A"}}}
            GET     /execution                   SAFE    ?processInstanceId=$bInstance
            GET     /execution/count             SAFE    ?processInstanceId=$bInstance
            POST    /execution                   SAFE    {"processInstanceId":"$bInstance"}
            POST    /execution/count             SAFE    {"processInstanceId":"$bInstance"}
            GET     /execution/{id}/messageSubscriptions/{messageName}  SAFE
            GET     /execution/{id}/**           DENIED
            POST    /execution/{id}/signal       DENIED  {"variables":{}}
            POST    /execution/{id}/create-incident  DENIED  {"incidentType":"isolation","configuration":"A","message":"A"}
            POST    /execution/{id}/localVariables  DENIED  {"modifications":{"executionNoteOfB":{"value":"แก้โดย A"}}}
            PUT     /execution/{id}/localVariables/{varId}  DENIED  {"value":"แก้โดย A","type":"String"}
            DELETE  /execution/{id}/localVariables/{varId}  DENIED
            POST    /execution/{id}/localVariables/{varId}/data  DENIED  multipart:data
            POST    /execution/{id}/messageSubscriptions/{messageName}/trigger  SAFE  {"variables":{}}
            GET     /variable-instance           SAFE    ?processInstanceIdIn=$bInstance
            GET     /variable-instance/count     SAFE    ?processInstanceIdIn=$bInstance
            POST    /variable-instance           SAFE    {"processInstanceIdIn":["$bInstance"]}
            POST    /variable-instance/count     SAFE    {"processInstanceIdIn":["$bInstance"]}
            GET     /variable-instance/{id}/**   DENIED
            GET     /event-subscription/**       SAFE    ?processInstanceId=$bInstance
            GET     /incident                    SAFE    ?processInstanceId=$bInstance
            GET     /incident/count              SAFE    ?processInstanceId=$bInstance
            GET     /incident/{id}               DENIED
            DELETE  /incident/{id}               DENIED
            PUT     /incident/{id}/annotation    DENIED  {"annotation":"แก้โดย A"}
            DELETE  /incident/{id}/annotation    DENIED
            POST    /message                     SAFE    {"messageName":"isolation","processInstanceId":"$bInstance"}
            POST    /signal                      SAFE    {"name":"isolation"}
            POST    /condition                   SAFE    {"variables":{"reviewOutcome":{"value":"no_change"}}}
            POST    /modification/execute*       DENIED  {"processDefinitionId":"$bDefinition","instructions":[{"type":"cancel","activityId":"Task_AgencyReview"}],"processInstanceIds":["$bInstance"]}
            POST    /migration/execute*          DENIED  {"migrationPlan":{"sourceProcessDefinitionId":"$bDefinition","targetProcessDefinitionId":"$bDefinition","instructions":[]},"processInstanceIds":["$bInstance"]}
            POST    /migration/*                 SAFE    {"sourceProcessDefinitionId":"$bDefinition","targetProcessDefinitionId":"$bDefinition"}
            # --- jobs (B's reminder timers) and external tasks (none in this app) ------------------------------
            GET     /job                         SAFE    ?processInstanceId=$bInstance
            GET     /job/count                   SAFE    ?processInstanceId=$bInstance
            POST    /job                         SAFE    {"processInstanceId":"$bInstance"}
            POST    /job/count                   SAFE    {"processInstanceId":"$bInstance"}
            GET     /job/{id}/**                 DENIED
            DELETE  /job/{id}                    DENIED
            POST    /job/{id}/execute            DENIED
            PUT     /job/{id}/duedate            DENIED  {"duedate":"2030-01-01T00:00:00.000+0700"}
            POST    /job/{id}/duedate/recalculate  DENIED
            PUT     /job/{id}/priority           DENIED  {"priority":99}
            PUT     /job/{id}/retries            DENIED  {"retries":0}
            PUT     /job/{id}/suspended          DENIED  {"suspended":true}
            POST    /job/retries                 DENIED  {"jobIds":["$bJob"],"retries":0}
            PUT     /job/suspended               DENIED  {"processInstanceId":"$bInstance","suspended":true}
            GET     /job-definition/**           SAFE    ?processDefinitionId=$bDefinition
            POST    /job-definition/**           SAFE    {"processDefinitionId":"$bDefinition"}
            PUT     /job-definition/suspended    DENIED  {"processDefinitionKey":"$bDefinitionKey","suspended":true,"includeJobs":true}
            PUT     /job-definition/{id}/suspended  DENIED  {"suspended":true,"includeJobs":true}
            PUT     /job-definition/{id}/retries  DENIED  {"retries":0}
            PUT     /job-definition/{id}/jobPriority  DENIED  {"priority":99,"includeJobs":true}
            GET     /external-task/**            SAFE    ?processInstanceId=$bInstance
            POST    /external-task/fetchAndLock  SAFE    {"workerId":"A","maxTasks":10,"topics":[{"topicName":"isolation","lockDuration":1000}]}
            *       /external-task/**            SAFE    {"processInstanceIds":["$bInstance"],"retries":0,"workerId":"A","priority":1}
            # --- definitions and deployments (a cascade reaches B's instance) ----------------------------------
            DELETE  /process-definition/**       DENIED  ?cascade=true
            PUT     /process-definition/suspended  DENIED  {"processDefinitionKey":"$bDefinitionKey","suspended":true,"includeProcessInstances":true}
            PUT     /process-definition/**/suspended  DENIED  {"suspended":true,"includeProcessInstances":true}
            PUT     /process-definition/**/history-time-to-live  DENIED  {"historyTimeToLive":0}
            POST    /process-definition/**/start  DENIED  {"businessKey":"$cycle","variables":{"agencyId":{"value":"$bGroup"}}}
            POST    /process-definition/**/submit-form  DENIED  {"businessKey":"$cycle","variables":{"agencyId":{"value":"$bGroup"}}}
            POST    /process-definition/**/restart*  DENIED  {"processInstanceIds":["$bInstance"],"instructions":[{"type":"startBeforeActivity","activityId":"Task_AgencyReview"}]}
            GET     /process-definition/**       SAFE
            DELETE  /deployment/{id}             DENIED  ?cascade=true
            POST    /deployment/{id}/redeploy    DENIED  {}
            POST    /deployment/create           DENIED  multipart:deployment-name,data
            GET     /deployment/**               SAFE
            # --- history and Optimize's export of it ------------------------------------------------------------
            DELETE  /history/process-instance/{id}/**  DENIED
            DELETE  /history/variable-instance/{id}  DENIED
            POST    /history/process-instance/delete  DENIED  {"historicProcessInstanceIds":["$bInstance"],"deleteReason":"A"}
            POST    /history/*/set-removal-time  DENIED  {"historicProcessInstanceIds":["$bInstance"],"historicDecisionInstanceIds":["$bInstance"],"absoluteRemovalTime":"2030-01-01T00:00:00.000+0700"}
            POST    /history/decision-instance/delete  DENIED  {"historicDecisionInstanceIds":["$bInstance"],"deleteReason":"A"}
            PUT     /history/user-operation/{operationId}/*  DENIED  {"annotation":"แก้โดย A"}
            POST    /history/cleanup             DENIED
            GET     /history/process-definition/{id}/statistics  SAFE
            GET     /history/*/{id}/**           DENIED
            GET     /history/**                  SAFE    ?processInstanceId=$bInstance
            POST    /history/**                  SAFE    {"processInstanceId":"$bInstance"}
            GET     /optimize/**                 SAFE    ?maxResults=1000
            # --- people, groups and rights (a grant or a membership would open B's work to A) ------------------
            POST    /user/create                 DENIED  {"profile":{"id":"isolation-by-a","firstName":"A","lastName":"A","email":"a@agencies.example"},"credentials":{"password":"isolation-123"}}
            PUT     /user/{id}/profile           DENIED  {"id":"$bUser","firstName":"แก้โดย A","lastName":"A","email":"a@agencies.example"}
            PUT     /user/{id}/credentials       DENIED  {"password":"changed-by-a-123","authenticatedUserPassword":"demo"}
            DELETE  /user/{id}                   DENIED
            POST    /user/{id}/unlock            DENIED
            *       /user/**                     SAFE
            PUT     /group/{id}/members/{userId}  DENIED
            DELETE  /group/{id}/members/{userId}  DENIED  @userId=bUser
            POST    /group/create                DENIED  {"id":"isolation-by-a","name":"A","type":"agency"}
            PUT     /group/{id}                  DENIED  {"id":"$bGroup","name":"แก้โดย A","type":"agency"}
            DELETE  /group/{id}                  DENIED
            POST    /group/**                    SAFE    {"member":"$bUser"}
            *       /group/**                    SAFE    ?member=$bUser
            POST    /tenant/create               DENIED  {"id":"isolation-by-a","name":"A"}
            PUT     /tenant/{id}/*/*             DENIED
            *       /tenant/**                   SAFE    {"id":"isolation-tenant","name":"A"}
            POST    /authorization/create        DENIED  {"type":1,"permissions":["ALL"],"userId":"$aUser","resourceType":7,"resourceId":"$bTask"}
            PUT     /authorization/{id}          DENIED  {"permissions":["ALL"],"groupId":"$aUser","resourceType":7,"resourceId":"$bTask"}
            DELETE  /authorization/{id}          DENIED
            GET     /authorization/{id}          DENIED
            GET     /authorization/check         SAFE    ?permissionName=READ&resourceName=Task&resourceType=7&resourceId=$bTask
            *       /authorization/**            SAFE    ?resourceId=$bTask
            POST    /identity/verify             SAFE    {"username":"$bUser","password":"demo"}
            *       /identity/**                 SAFE    ?userId=$bUser
            # --- Tasklist filters: shared by everybody, each list narrowed by the caller's own rights --------------
            PUT     /filter/{id}                 DENIED  {"resourceType":"Task","name":"แก้โดย A","query":{"candidateGroup":"$bGroup"}}
            DELETE  /filter/{id}                 DENIED
            POST    /filter/create               DENIED  {"resourceType":"Task","name":"ของ A","query":{"candidateGroup":"$bGroup"}}
            POST    /filter/**                   SAFE    {"processInstanceId":"$bInstance"}
            *       /filter/**                   SAFE    ?processInstanceId=$bInstance
            """;

    /** Path parameters of engine REST: the longest {@code PATH-PREFIX} that starts a route names its value. */
    static final String ENGINE_PARAMETERS = """
            /task/{id}                                      bTask
            /task/{id}/variables/{varId}                    bProcessVariable
            /task/{id}/variables/{varId}/data               bFileVariable
            /task/{id}/localVariables/{varId}               bTaskVariable
            /task/{id}/comment/{commentId}                  bTaskComment
            /task/{id}/attachment/{attachmentId}            bAttachment
            /process-instance/{id}                          bInstance
            /process-instance/{id}/variables/{varId}        bProcessVariable
            /process-instance/{id}/variables/{varId}/data   bFileVariable
            /process-instance/{id}/comment/{commentId}      bInstanceComment
            /execution/{id}                                 bExecution
            /execution/{id}/localVariables/{varId}          bExecutionVariable
            {messageName}                                   unknown
            /variable-instance/{id}                         bVariableInstance
            /incident/{id}                                  bIncident
            /job/{id}                                       bJob
            /job-definition/{id}                            bJobDefinition
            /external-task/{id}                             unknown
            /process-definition/{id}                        bDefinition
            {key}                                           bDefinitionKey
            {tenantId}                                      unknown
            /deployment/{id}                                bDeployment
            {resourceId}                                    unknown
            /history/process-instance/{id}                  bInstance
            /history/variable-instance/{id}                 bHistoricVariable
            /history/detail/{id}                            bHistoricDetail
            /history/activity-instance/{id}                 bActivityInstance
            /history/job-log/{id}                           bJobLog
            /history/process-definition/{id}                bDefinition
            /history/decision-instance/{id}                 unknown
            /history/decision-requirements-definition/{id}  unknown
            /history/external-task-log/{id}                 unknown
            {operationId}                                   bOperation
            /user/{id}                                      bUser
            /group/{id}                                     bGroup
            {userId}                                        aUser
            /tenant/{id}                                    unknown
            {groupId}                                       bGroup
            /authorization/{id}                             bTaskAuthorization
            /filter/{id}                                    filter
            """;

    static List<RouteCases.Case> appCases() {
        return RouteCases.parse(APP);
    }

    static List<RouteCases.Case> engineCases() {
        return RouteCases.parse(ENGINE);
    }
}
