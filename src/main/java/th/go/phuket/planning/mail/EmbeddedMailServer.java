package th.go.phuket.planning.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default profile's mail server (GreenMail): SMTP and IMAP, one mailbox per address, each address logging in
 * with itself as password, so any mail client can read what an agency received. Port 0 picks a free port (tests).
 */
public class EmbeddedMailServer {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMailServer.class);

    private final GreenMail greenMail;
    private final Set<String> addresses;

    public EmbeddedMailServer(String bindAddress, int smtpPort, int imapPort, Collection<String> addresses) {
        this.greenMail = new GreenMail(new ServerSetup[] {
                setup(smtpPort, bindAddress, ServerSetup.PROTOCOL_SMTP),
                setup(imapPort, bindAddress, ServerSetup.PROTOCOL_IMAP)});
        this.addresses = new LinkedHashSet<>(addresses);
    }

    private static ServerSetup setup(int port, String bindAddress, String protocol) {
        ServerSetup setup = new ServerSetup(port, bindAddress, protocol);
        return port == 0 ? setup.dynamicPort() : setup;
    }

    public void start() {
        greenMail.start();
        addresses.forEach(address -> greenMail.setUser(address, address, address));
        LOG.info("Embedded mail server: SMTP {}:{}, IMAP {}:{}, {} mailboxes (login = password = the address)",
                host(), smtpPort(), host(), imapPort(), addresses.size());
    }

    public void stop() {
        greenMail.stop();
    }

    public String host() {
        return greenMail.getSmtp().getBindTo();
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public int imapPort() {
        return greenMail.getImap().getPort();
    }

    /** The running server, for tests and the benchmark that read mailboxes directly. */
    public GreenMail greenMail() {
        return greenMail;
    }
}
