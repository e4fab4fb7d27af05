package th.go.phuket.planning.mail;

/**
 * A file an email carries, as the outbox records it: where the file is kept ({@code source}, e.g. {@code letter},
 * and its id there), and the name and type it has in the email. The bytes are read when the email is sent.
 */
public record OutboxAttachment(String source, String reference, String fileName, String contentType) {
}
