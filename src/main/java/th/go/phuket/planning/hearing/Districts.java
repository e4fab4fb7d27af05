package th.go.phuket.planning.hearing;

import java.util.ArrayList;
import java.util.List;
import th.go.phuket.planning.agency.Agency;
import th.go.phuket.planning.agency.AgencyCategory;
import th.go.phuket.planning.support.Messages;

/**
 * The districts a commenter may name: those of the province's district offices in the agency directory
 * ("ที่ว่าการอำเภอถลาง" gives ถลาง), then "outside the province". Counting by district in the hearing record only
 * works when everybody picks from the same list.
 */
public record Districts(List<String> names) {

    private static final String OFFICE_PREFIX = "ที่ว่าการอำเภอ";

    public Districts {
        names = List.copyOf(names);
    }

    public static Districts of(List<Agency> directory) {
        List<String> names = new ArrayList<>();
        for (Agency agency : directory) {
            if (agency.category() == AgencyCategory.DISTRICT) {
                String name = agency.nameTh().strip();
                names.add(name.startsWith(OFFICE_PREFIX) ? name.substring(OFFICE_PREFIX.length()).strip() : name);
            }
        }
        names.add(outside());
        return new Districts(names);
    }

    public static String outside() {
        return Messages.get("hearing.district.outside");
    }
}
