package th.go.phuket.planning.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code bpmn/agency-review.form} is generated ({@link AgencyReviewForm}): its 20 project slots and their 43 codes
 * each are never pasted by hand. After a change of the template, of {@code data/frameworks.csv} or of the places,
 * regenerate with {@code ./mvnw -q -o test -Dtest=AgencyReviewFormTest -Dregenerate}.
 */
class AgencyReviewFormTest {

    @Test
    void theCommittedFormIsWhatTheGeneratorMakes() throws IOException {
        String generated = AgencyReviewForm.generate();
        Path form = Path.of(AgencyReviewForm.FORM);
        if (System.getProperty("regenerate") != null) {
            Files.writeString(form, generated);
        }

        assertThat(Files.readString(form))
                .as("%s is generated from %s and data/frameworks.csv: edit those and run "
                        + "./mvnw -q -o test -Dtest=AgencyReviewFormTest -Dregenerate", form, AgencyReviewForm.TEMPLATE)
                .isEqualTo(generated);
    }

    @Test
    void aNewCodeOfTheCatalogueReachesEverySlot() throws IOException {
        String template = Files.readString(Path.of(AgencyReviewForm.TEMPLATE));
        FrameworkCatalogue withOneMore = new FrameworkCatalogue(new java.io.StringReader(
                Files.readString(Path.of("src/main/resources/" + FrameworkCatalogue.RESOURCE))
                        + "phuket_goals,PKT-S3,เมืองสีเขียว,Green City,test\n"));

        String form = AgencyReviewForm.generate(template, withOneMore);

        assertThat(form.split("\"value\": \"PKT-S3\"", -1)).hasSize(ProjectSlots.SLOTS + 1);
        assertThat(form).contains("{ \"label\": \"เมืองสีเขียว (PKT-S3) / Green City\", \"value\": \"PKT-S3\" }")
                .doesNotContain("{n}", "{slots}");
    }
}
