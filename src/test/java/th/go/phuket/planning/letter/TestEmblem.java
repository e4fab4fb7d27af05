package th.go.phuket.planning.letter;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * A stand-in for the ครุฑ in tests (the real emblem is the office's file): a red figure 2:3 wide to high, drawn
 * here so no image is committed.
 */
final class TestEmblem {

    private TestEmblem() {
    }

    static byte[] png() {
        BufferedImage image = new BufferedImage(200, 300, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xB0, 0x1E, 0x23));
        g.fillOval(60, 10, 80, 80);
        g.fillPolygon(new int[] {100, 0, 200}, new int[] {60, 200, 200}, 3);
        g.fillRect(70, 200, 60, 90);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
