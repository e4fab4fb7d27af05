package th.go.phuket.planning.agency;

import java.util.Objects;

/**
 * One organisation of the directory. Its {@code id} is also the id of its group in the engine
 * and of its demo user; {@code parentGroup} is the coarse group of {@code agencies.csv} (equal to the category code).
 */
public record Agency(String id, String nameTh, String nameEn, AgencyCategory category, String email, String parentGroup) {

    public Agency {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nameTh, "nameTh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(parentGroup, "parentGroup");
    }
}
