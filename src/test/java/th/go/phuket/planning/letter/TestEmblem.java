package th.go.phuket.planning.letter;

import java.io.IOException;
import java.io.InputStream;

/**
 * A stand-in for the ครุฑ in tests ({@code src/test/resources/letters/test-emblem.png}, a red figure 2:3 wide to
 * high): the real emblem is the office's own file. The Spring tests' configuration points
 * {@code planning.letters.emblem} at the same image.
 */
final class TestEmblem {

    static final String LOCATION = "classpath:letters/test-emblem.png";

    private TestEmblem() {
    }

    static byte[] png() {
        try (InputStream in = TestEmblem.class.getResourceAsStream("/letters/test-emblem.png")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
