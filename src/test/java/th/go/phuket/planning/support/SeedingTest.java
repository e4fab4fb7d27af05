package th.go.phuket.planning.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedingTest {

    private final List<String> store = new ArrayList<>();

    @Test
    void createsOnlyWhatIsMissing() {
        assertThat(Seeding.createIfMissing(() -> store.contains("x"), () -> store.add("x"))).isOne();
        assertThat(Seeding.createIfMissing(() -> store.contains("x"), () -> store.add("x"))).isZero();
        assertThat(store).containsExactly("x");
    }

    @Test
    void aFailureBecauseAnotherNodeCreatedItMeanwhileIsNoError() {
        int created = Seeding.createIfMissing(() -> store.contains("x"), () -> {
            store.add("x"); // the other node was faster
            throw new IllegalStateException("duplicate key");
        });
        assertThat(created).isZero();
    }

    @Test
    void anyOtherFailureIsRethrown() {
        assertThatThrownBy(() -> Seeding.createIfMissing(() -> store.contains("x"), () -> {
            throw new IllegalStateException("invalid id");
        })).hasMessage("invalid id");
    }

    @Test
    void whatALookBeforehandFoundIsNeitherCreatedNorLookedUpAgain() {
        store.add("x");
        int created = Seeding.createIfMissing(true, () -> {
            throw new AssertionError("no second look expected");
        }, () -> store.add("x"));
        assertThat(created).isZero();
        assertThat(store).containsExactly("x");
    }

    @Test
    void whatALookBeforehandMissedIsCreatedAndAFailureStillChecksAgain() {
        assertThat(Seeding.createIfMissing(false, () -> store.contains("x"), () -> store.add("x"))).isOne();
        int created = Seeding.createIfMissing(false, () -> store.contains("y"), () -> {
            store.add("y"); // another node created it after the look beforehand
            throw new IllegalStateException("duplicate key");
        });
        assertThat(created).isZero();
        assertThat(store).containsExactly("x", "y");
    }
}
