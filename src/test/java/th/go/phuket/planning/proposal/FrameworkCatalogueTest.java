package th.go.phuket.planning.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The catalogue read from {@code data/frameworks.csv}: every framework of the 2018 review, looked up by code. */
class FrameworkCatalogueTest {

    private final FrameworkCatalogue catalogue = FrameworkCatalogue.fromClasspath();

    @Test
    void holdsTheFiveFrameworksOfTheReviewInFileOrder() {
        assertThat(catalogue.frameworks()).containsExactly("national_strategy", "nesdp12", "thailand40",
                "phuket_goals", "national_reform");
        assertThat(catalogue.all()).hasSize(43);
    }

    @Test
    void listsTheCodesOfEachFramework() {
        assertThat(codes("national_strategy")).containsExactlyElementsOf(numbered("NS", 6));
        assertThat(codes("nesdp12")).containsExactlyElementsOf(numbered("P12-", 10));
        assertThat(codes("thailand40")).containsExactlyElementsOf(numbered("T", 10));
        assertThat(codes("national_reform")).containsExactlyElementsOf(numbered("NR", 11));
        assertThat(codes("phuket_goals"))
                .containsExactly("PKT-M1", "PKT-M2", "PKT-M3", "PKT-M4", "PKT-S1", "PKT-S2");
    }

    @Test
    void nationalStrategyCodesCarryTheDraftAndTheGazettedEdition() {
        assertThat(catalogue.byFramework(FrameworkCatalogue.NATIONAL_STRATEGY)).allSatisfy(item -> assertThat(
                item.versionNote()).contains("draft 20-year National Strategy (2560–2579)").contains("2561–2580")
                .contains("13 Oct 2018"));
    }

    @Test
    void findsACodeWhateverItsCase() {
        var goal = catalogue.find(" pkt-m2 ").orElseThrow();

        assertThat(goal.code()).isEqualTo("PKT-M2");
        assertThat(goal.titleTh()).isEqualTo("ศูนย์กลางการแพทย์และสุขภาพ");
        assertThat(goal.titleEn()).isEqualTo("Medical Hub");
        assertThat(goal.labelTh()).isEqualTo("ศูนย์กลางการแพทย์และสุขภาพ (PKT-M2)");
        assertThat(catalogue.find("NS7")).isEmpty();
        assertThat(catalogue.find(null)).isEmpty();
    }

    @Test
    void tellsWhichFrameworkACodeBelongsTo() {
        assertThat(catalogue.isIn("NS2", FrameworkCatalogue.NATIONAL_STRATEGY)).isTrue();
        assertThat(catalogue.isIn("ns2", FrameworkCatalogue.NATIONAL_STRATEGY)).isTrue();
        assertThat(catalogue.isIn("P12-3", FrameworkCatalogue.NATIONAL_STRATEGY)).isFalse();
        assertThat(catalogue.isIn("PKT-S1", FrameworkCatalogue.PHUKET_GOALS)).isTrue();
    }

    @Test
    void refusesADuplicateCodeWithItsLine() {
        String csv = """
                framework,code,title_th,title_en,version_note
                national_strategy,NS1,ความมั่นคง,Security,v
                phuket_goals,PKT-M1,ทะเล,Maritime,v
                phuket_goals,NS1,ซ้ำ,Duplicate,v
                """;

        assertThatThrownBy(() -> new FrameworkCatalogue(new StringReader(csv)))
                .hasMessageContaining("บรรทัด 4").hasMessageContaining("duplicate code 'NS1'");
    }

    @Test
    void refusesAFileWithoutTheFrameworksTheRulesNeed() {
        String csv = """
                framework,code,title_th,title_en,version_note
                national_strategy,NS1,ความมั่นคง,Security,v
                """;

        assertThatThrownBy(() -> new FrameworkCatalogue(new StringReader(csv))).hasMessageContaining("phuket_goals");
    }

    @Test
    void refusesAnEmptyFieldOrABadCode() {
        String empty = "framework,code,title_th,title_en,version_note\nnational_strategy,NS1,,Security,v\n";
        String lower = "framework,code,title_th,title_en,version_note\nnational_strategy,ns 1,ก,Security,v\n";

        assertThatThrownBy(() -> new FrameworkCatalogue(new StringReader(empty))).hasMessageContaining("title_th is empty");
        assertThatThrownBy(() -> new FrameworkCatalogue(new StringReader(lower))).hasMessageContaining("code 'ns 1'");
    }

    private List<String> codes(String framework) {
        return catalogue.byFramework(framework).stream().map(FrameworkItem::code).toList();
    }

    private static List<String> numbered(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> prefix + i).toList();
    }
}
