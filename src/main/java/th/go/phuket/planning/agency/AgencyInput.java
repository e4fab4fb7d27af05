package th.go.phuket.planning.agency;

import java.util.List;

/**
 * What a person gives to add or change an agency (the page, {@code POST}/{@code PUT /api/agencies}, a row of an
 * imported file). A field left {@code null} in a change keeps its value; {@code contacts} given replaces them all.
 */
public record AgencyInput(String id, String nameTh, String nameEn, String category, String email, Boolean active,
                          List<AgencyContact> contacts) {

    /** This input over {@code current}: the fields it gives, the rest as they are. */
    AgencyInput over(Agency current) {
        return new AgencyInput(current.id(), nameTh == null ? current.nameTh() : nameTh,
                nameEn == null ? current.nameEn() : nameEn, category == null ? current.category().code() : category,
                email == null ? current.email() : email, active == null ? current.active() : active,
                contacts == null ? current.contacts() : contacts);
    }
}
