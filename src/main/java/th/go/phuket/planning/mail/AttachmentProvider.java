package th.go.phuket.planning.mail;

import java.util.List;

/**
 * Another feature's files for an email being written (e.g. the official letter that goes with an invitation).
 * Called inside the engine command that writes the email, so it sees what that command recorded.
 */
public interface AttachmentProvider {

    List<OutboxAttachment> attachmentsFor(Email email);
}
