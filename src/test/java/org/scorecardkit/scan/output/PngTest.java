package org.scorecardkit.scan.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The small PNG encoder gives back every pixel exactly as ImageIO decodes it, and the shrink averages. */
class PngTest {
    @Test
    void greyAndRgbImagesDecodeToTheirExactPixels() throws IOException {
        Random random = new Random(10);
        BufferedImage grey = new BufferedImage(37, 23, BufferedImage.TYPE_BYTE_GRAY);
        BufferedImage rgb = new BufferedImage(41, 19, BufferedImage.TYPE_INT_RGB);
        byte[] g = new byte[37 * 23];
        random.nextBytes(g);
        grey.getRaster().setDataElements(0, 0, 37, 23, g);
        for (int y = 0; y < 19; y++) {
            for (int x = 0; x < 41; x++) {
                rgb.setRGB(x, y, random.nextInt(1 << 24));
            }
        }

        BufferedImage greyBack = ImageIO.read(new ByteArrayInputStream(Png.encode(grey)));
        byte[] back = new byte[37 * 23];
        greyBack.getRaster().getDataElements(0, 0, 37, 23, back);
        assertArrayEquals(g, back);
        BufferedImage rgbBack = ImageIO.read(new ByteArrayInputStream(Png.encode(rgb)));
        assertArrayEquals(rgb.getRGB(0, 0, 41, 19, null, 0, 41), rgbBack.getRGB(0, 0, 41, 19, null, 0, 41));
    }

    @Test
    void shrinkingAveragesThePixelsEachOneCovers() {
        BufferedImage grey = new BufferedImage(4, 2, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setDataElements(0, 0, 4, 2, new byte[] {0, 100, (byte) 200, (byte) 255, 0, 100, (byte) 200, (byte) 255});

        BufferedImage half = Png.shrunkToRgb(grey, 0.5);
        assertEquals(2, half.getWidth());
        assertEquals(1, half.getHeight());
        assertEquals(0x323232, half.getRGB(0, 0) & 0xffffff, "(0 + 100) / 2 = 50");
        assertEquals(0xe3e3e3, half.getRGB(1, 0) & 0xffffff, "(200 + 255) / 2 = 227");
    }
}
