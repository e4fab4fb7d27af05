package th.go.phuket.planning.plan;

/** An agency whose contribution was accepted, with or without projects; {@code category} is the directory's code. */
public record PlanAgency(String id, String nameTh, String category) {
}
