package th.go.phuket.planning.agency;

/** One organisation of the directory. */
public record Agency(String id, String nameTh, String nameEn, String category, String email, String parentGroup) {
}
