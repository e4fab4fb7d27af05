package th.go.phuket.planning.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The start-up sample: one document of each kind, written from the real wording and settings. */
class LetterStartupCheckTest {

    @Test
    void writesOneDocumentOfEachKindThatOpensWithItsNumber() {
        List<byte[]> samples = new LetterStartupCheck(SampleLetters.composer(LetterSettings.defaults()),
                new LetterDocx(Optional.of(Emblem.of(TestEmblem.png(), "test")), true), SampleLetters.DIRECTORY).check();

        assertThat(samples).hasSize(LetterKind.values().length).allSatisfy(docx -> assertThat(
                DocxReading.texts(DocxReading.open(docx))).anyMatch(line -> line.contains("ภก ๐๐๑๗.๒/")));
    }
}
