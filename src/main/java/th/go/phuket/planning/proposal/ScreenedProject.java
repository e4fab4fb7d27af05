package th.go.phuket.planning.proposal;

/** A project with the screening's suggestion: where it belongs, and why. {@code number} counts from 1. */
public record ScreenedProject(int number, Project project, Placement placement, String reason) {

    public boolean incomplete() {
        return placement == Placement.INCOMPLETE;
    }
}
