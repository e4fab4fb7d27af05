package th.go.phuket.planning.letter;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The national emblem (ครุฑ) the office configured ({@code planning.letters.emblem}), a PNG or JPEG image, read
 * once at start-up. A location that cannot be read, or is not such an image, stops the start with a message naming
 * the setting: a letter must never go out with a broken emblem.
 */
public record Emblem(byte[] bytes, String contentType, int widthPx, int heightPx) {

    public static final String SETTING = "planning.letters.emblem";

    /** The emblem at {@code location}, or none when the location is blank. */
    public static Optional<Emblem> load(ResourceLoader loader, String location) {
        if (location == null || location.isBlank()) {
            return Optional.empty();
        }
        Resource resource = loader.getResource(location.strip());
        try (InputStream in = resource.getInputStream()) {
            return Optional.of(of(in.readAllBytes(), location));
        } catch (IOException e) {
            throw new IllegalStateException(SETTING + " = " + location + ": the emblem cannot be read ("
                    + e.getMessage() + ")", e);
        }
    }

    /** An emblem from image bytes; {@code source} names them in the error. */
    public static Emblem of(byte[] bytes, String source) {
        String type = bytes.length > 3 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' ? "image/png"
                : bytes.length > 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 ? "image/jpeg" : null;
        BufferedImage image;
        try {
            image = type == null ? null : ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            image = null;
        }
        if (image == null) {
            throw new IllegalStateException(SETTING + " = " + source + ": not a PNG or JPEG image");
        }
        return new Emblem(bytes.clone(), type, image.getWidth(), image.getHeight());
    }

    /** The width that keeps the image's proportions at {@code height} (any unit). */
    public double widthAt(double height) {
        return height * widthPx / heightPx;
    }

    public boolean png() {
        return contentType.equals("image/png");
    }
}
