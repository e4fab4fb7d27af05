package th.go.phuket.planning.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static th.go.phuket.planning.proposal.ProposalScreening.*;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code bpmn/proposal-screening.dmn} evaluated by a bare DMN engine, one case per row of the table below; every
 * rule of the decision table is the first match of at least one case.
 */
class ProposalScreeningDecisionTest {

    /** One project as the decision sees it, and the rule that must decide it. */
    record Case(String name, boolean goal, boolean strategy, boolean objective, boolean unit, String category,
                String scope, double budget, String rule, String placement) {

        Map<String, Object> facts() {
            Map<String, Object> facts = new HashMap<>();
            facts.put(IN_HAS_PHUKET_GOAL, goal);
            facts.put(IN_HAS_NATIONAL_STRATEGY, strategy);
            facts.put(IN_HAS_OBJECTIVE, objective);
            facts.put(IN_HAS_RESPONSIBLE_UNIT, unit);
            facts.put(IN_AGENCY_CATEGORY, category);
            facts.put(IN_SCOPE, scope);
            facts.put(IN_BUDGET_BAHT, budget);
            return facts;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final String INCOMPLETE = "incomplete";
    private static final String PROVINCIAL = "provincial_plan";
    private static final String LOCAL = "local_admin_plan";
    private static final String GROUP = "provincial_group_plan";

    static Stream<Case> cases() {
        return Stream.of(
                new Case("no Phuket goal", false, true, true, true, "regional_agency", "province", 2_000_000,
                        "Rule_NoPhuketGoal", INCOMPLETE),
                new Case("no alignment at all: the Phuket goal is named first", false, false, true, true,
                        "local_admin_org", "district", 500_000, "Rule_NoPhuketGoal", INCOMPLETE),
                new Case("no national strategy", true, false, true, true, "regional_agency", "province", 2_000_000,
                        "Rule_NoNationalStrategy", INCOMPLETE),
                new Case("no objective", true, true, false, true, "state_enterprise", "province", 9_000_000,
                        "Rule_NoObjective", INCOMPLETE),
                new Case("no responsible unit", true, true, true, false, "regional_agency", "district", 300_000,
                        "Rule_NoResponsibleUnit", INCOMPLETE),
                new Case("incomplete before any plan: the group office without a unit", true, true, true, false,
                        "provincial_group", "cross_province", 50_000_000, "Rule_NoResponsibleUnit", INCOMPLETE),
                new Case("the Andaman group office, province-wide", true, true, true, true, "provincial_group",
                        "province", 20_000_000, "Rule_ProvincialGroupOffice", GROUP),
                new Case("the Andaman group office, a small district project", true, true, true, true,
                        "provincial_group", "district", 100_000, "Rule_ProvincialGroupOffice", GROUP),
                new Case("a provincial office working across provinces", true, true, true, true, "regional_agency",
                        "cross_province", 12_000_000, "Rule_CrossProvince", GROUP),
                new Case("a municipality working across provinces", true, true, true, true, "local_admin_org",
                        "cross_province", 1_000_000, "Rule_CrossProvince", GROUP),
                new Case("a municipality, 1.5 million in its district", true, true, true, true, "local_admin_org",
                        "district", 1_500_000, "Rule_LocalWithinCapacity", LOCAL),
                new Case("a local administration at exactly 5 million", true, true, true, true, "local_admin_org",
                        "province", 5_000_000, "Rule_LocalWithinCapacity", LOCAL),
                new Case("a local administration one satang over 5 million", true, true, true, true,
                        "local_admin_org", "district", 5_000_000.01, "Rule_LocalBeyondCapacity", PROVINCIAL),
                new Case("the provincial administrative organisation, 30 million province-wide", true, true, true,
                        true, "local_admin_org", "province", 30_000_000, "Rule_LocalBeyondCapacity", PROVINCIAL),
                new Case("a provincial office, 2 million in a district", true, true, true, true, "regional_agency",
                        "district", 2_000_000, "Rule_Provincial", PROVINCIAL),
                new Case("a state enterprise, 100 million province-wide", true, true, true, true,
                        "state_enterprise", "province", 100_000_000, "Rule_Provincial", PROVINCIAL),
                new Case("a district office, 50 thousand", true, true, true, true, "district", "district", 50_000,
                        "Rule_Provincial", PROVINCIAL));
    }

    /** Rules that matched since the last test began (one engine for all cases: building one takes a second). */
    private static final List<String> matchedRules = new ArrayList<>();
    private static final DmnEngine engine = buildEngine();
    private static final DmnDecision decision = parse();

    @BeforeEach
    void forgetMatches() {
        matchedRules.clear();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void suggestsThePlanOfTheFirstMatchingRule(Case example) {
        DmnDecisionResult result = engine.evaluateDecision(decision, example.facts());

        assertThat(matchedRules).containsExactly(example.rule());
        assertThat(result.getSingleResult().getEntryMap())
                .containsEntry(OUT_PLACEMENT, example.placement())
                .hasEntrySatisfying(OUT_REASON, reason -> assertThat((String) reason).matches(".*\\p{IsThai}.*\\(.*[a-z].*\\)"));
    }

    @Test
    void everyRuleDecidesAtLeastOneCase() {
        cases().forEach(example -> engine.evaluateDecision(decision, example.facts()));

        List<String> ruleIds = ((DmnDecisionTableImpl) decision.getDecisionLogic()).getRules().stream()
                .map(DmnDecisionTableRuleImpl::getId).toList();
        assertThat(ruleIds).hasSize(9);
        assertThat(matchedRules).containsAll(ruleIds);
    }

    @Test
    void placementsOfTheTableAreThoseTheProductKnows() {
        cases().forEach(example -> assertThat(Placement.fromCode(example.placement())).isPresent());
        assertThat(Stream.of(Placement.values()).map(Placement::code))
                .containsExactlyInAnyOrder(INCOMPLETE, PROVINCIAL, LOCAL, GROUP);
    }

    @Test
    void isDmn13WithAHistoryTimeToLiveForCockpit() {
        DmnModelInstance model = Dmn.readModelFromStream(resource());
        Decision screening = model.getModelElementById(DECISION_KEY);

        assertThat(model.getDefinitions().getDomElement().getNamespaceURI())
                .isEqualTo("https://www.omg.org/spec/DMN/20191111/MODEL/");
        assertThat(screening.getCamundaHistoryTimeToLiveString()).isEqualTo("P1825D");
        assertThat(screening.getName()).matches("^\\p{IsThai}.*");
    }

    @Test
    void theServiceFeedsTheDecisionWhatItReadsFromAProject() {
        var screening = new ProposalScreening(FrameworkCatalogue.fromClasspath());
        var small = new Project("ปรับปรุงทางเท้าหาดกะรน", "ทางเท้าปลอดภัย", new BigDecimal("1500000"), "กองช่าง",
                "mueang_phuket", 2563, List.of("PKT-S1", "NS5"));
        var wide = new Project("เชื่อมโยงเส้นทางท่องเที่ยวอันดามัน", "เส้นทางท่องเที่ยวร่วม", new BigDecimal("1500000"),
                "กองยุทธศาสตร์", "andaman_group", 2563, List.of("PKT-M1", "NS2"));
        var noGoal = new Project("อบรมอาสาสมัคร", "อาสาสมัครพร้อม", new BigDecimal("80000"), "สำนักปลัด", null, 2563,
                List.of("NS3"));

        var screened = screening.screen("local_admin_org", List.of(small, wide, noGoal),
                facts -> engine.evaluateDecision(decision, facts).getSingleResult().getEntryMap());

        assertThat(screened).extracting(ScreenedProject::placement)
                .containsExactly(Placement.LOCAL_ADMIN_PLAN, Placement.PROVINCIAL_GROUP_PLAN, Placement.INCOMPLETE);
        assertThat(screened).extracting(ScreenedProject::number).containsExactly(1, 2, 3);
        assertThat(screening.facts("local_admin_org", noGoal)).containsEntry(IN_SCOPE, "province")
                .containsEntry(IN_BUDGET_BAHT, 80000.0).containsEntry(IN_HAS_PHUKET_GOAL, false);
    }

    private static DmnEngine buildEngine() {
        var configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionEvaluationListeners(List.of(new DmnDecisionEvaluationListener() {
            @Override
            public void notify(DmnDecisionEvaluationEvent event) {
                var table = (DmnDecisionTableEvaluationEvent) event.getDecisionResult();
                table.getMatchingRules().forEach(rule -> matchedRules.add(rule.getId()));
            }
        }));
        return configuration.buildEngine();
    }

    private static DmnDecision parse() {
        try (InputStream in = resource()) {
            return engine.parseDecision(DECISION_KEY, in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream resource() {
        return ProposalScreeningDecisionTest.class.getClassLoader().getResourceAsStream(RESOURCE);
    }
}
