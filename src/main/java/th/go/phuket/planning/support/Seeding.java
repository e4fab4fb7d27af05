package th.go.phuket.planning.support;

import java.util.function.BooleanSupplier;

/** Start-up seeding that is safe to repeat and safe when several nodes start at once. */
public final class Seeding {

    private Seeding() {
    }

    /**
     * Creates when missing; if creating fails because another node created the same thing meanwhile
     * (several nodes may share one database), that is fine — anything else is rethrown.
     */
    public static int createIfMissing(BooleanSupplier exists, Runnable create) {
        return createIfMissing(exists.getAsBoolean(), exists, create);
    }

    /**
     * As {@link #createIfMissing(BooleanSupplier, Runnable)}, with the first look taken beforehand for many items at
     * once (one query instead of one per item); {@code exists} is asked only when creating fails.
     */
    public static int createIfMissing(boolean knownToExist, BooleanSupplier exists, Runnable create) {
        if (knownToExist) {
            return 0;
        }
        try {
            create.run();
            return 1;
        } catch (RuntimeException e) {
            if (exists.getAsBoolean()) {
                return 0;
            }
            throw e;
        }
    }
}
