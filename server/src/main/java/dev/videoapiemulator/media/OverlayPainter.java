package dev.videoapiemulator.media;

import dev.videoapiemulator.media.FramePainter.MbRect;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws what a subject lays over its picture: the caption of the current storyboard shot, in a box
 * above the timecode, and a translucent "SORA" watermark that jumps to another place every
 * {@value #WATERMARK_SECONDS} seconds, as Sora's own mark moves. Both live in macroblock-aligned
 * regions that are put back to the still background before each frame, so frames outside a shot or
 * away from the mark's place look exactly as they would without them.
 */
final class OverlayPainter {

    static final int WATERMARK_SECONDS = 3;
    static final String WATERMARK_TEXT = "SORA";

    private static final int CAPTION_LINES = 3;
    private static final int WATERMARK_ALPHA = 160;
    private static final int PLATE_ALPHA = 96;
    private static final YuvColor CAPTION_BOX = YuvColor.ofRgb(0x101010);
    private static final YuvColor WHITE = YuvColor.ofRgb(0xFFFFFF);
    private static final YuvColor BLACK = YuvColor.ofRgb(0x000000);

    private final List<MediaSubject.Caption> captions;
    private final boolean watermark;
    private final YuvColor text;
    private final int captionScale;
    private final int captionLineHeight;
    private final int captionPad;
    private final int captionGap;
    private final int captionX;
    private final int captionChars;
    private final MbRect captionRegion;
    private final int watermarkScale;
    private final int watermarkPad;
    private final List<MbRect> watermarkSlots = new ArrayList<>();
    private final List<MbRect> regions = new ArrayList<>();
    private YuvCanvas still;

    /**
     * @param unit the painter's scale unit (1 at 720p)
     * @param margin the painter's margin in pixels
     * @param timecodeY top of the timecode, which the caption box sits above
     */
    OverlayPainter(MediaSubject subject, int unit, int margin, int timecodeY, YuvColor text) {
        this.captions = subject.captions();
        this.watermark = subject.watermark();
        this.text = text;
        int mbCols = (subject.width() + 15) / 16;
        int mbRowsVisible = Math.max(1, subject.height() / 16);

        captionScale = 2 * unit;
        captionGap = 4 * unit;
        captionLineHeight = BitmapFont.CELL_HEIGHT * captionScale + captionGap;
        captionPad = 8 * unit;
        captionX = margin;
        captionChars = Math.max(1, (subject.width() - 2 * margin) / BitmapFont.textWidth(1, captionScale));
        int captionRows = (CAPTION_LINES * captionLineHeight + 2 * captionPad + 15) / 16;
        int captionBottom = Math.max(captionRows, timecodeY / 16 - unit);
        captionRegion = new MbRect(0, captionBottom - captionRows, mbCols, captionRows);
        if (!captions.isEmpty()) {
            regions.add(captionRegion);
        }

        watermarkScale = 4 * unit;
        watermarkPad = 6 * unit;
        int markWidth = BitmapFont.textWidth(WATERMARK_TEXT.length(), watermarkScale) - watermarkScale;
        int slotCols = (markWidth + 2 * watermarkPad + 15) / 16;
        int slotRows = (7 * watermarkScale + 2 * watermarkPad + 15) / 16;
        int edge = margin / 16;
        int right = Math.max(0, mbCols - slotCols - edge);
        watermarkSlots.add(new MbRect(right, edge + 2 * unit, slotCols, slotRows));
        watermarkSlots.add(new MbRect(edge, mbRowsVisible * 9 / 20, slotCols, slotRows));
        watermarkSlots.add(new MbRect(right, mbRowsVisible * 5 / 8, slotCols, slotRows));
        if (watermark) {
            regions.addAll(watermarkSlots);
        }
    }

    /** The regions this overlay may change; none when the subject has neither captions nor a watermark. */
    List<MbRect> regions() {
        return regions;
    }

    /** Keeps the still background, to put back under the overlay before each frame. */
    void remember(YuvCanvas background) {
        if (!regions.isEmpty()) {
            still = background.copy();
        }
    }

    void restore(YuvCanvas canvas) {
        for (MbRect region : regions) {
            canvas.copyRegionFrom(still, region.x(), region.y(), region.width(), region.height());
        }
    }

    void paint(YuvCanvas canvas, int frame) {
        if (!captions.isEmpty()) {
            double second = (double) frame / FramePainter.FPS;
            captions.stream().filter(c -> c.fromSecond() <= second && second < c.toSecond()).findFirst()
                    .ifPresent(caption -> paintCaption(canvas, caption.text()));
        }
        if (watermark) {
            paintWatermark(canvas, watermarkSlot(frame));
        }
    }

    MbRect watermarkSlot(int frame) {
        return watermarkSlots.get(frame / (WATERMARK_SECONDS * FramePainter.FPS) % watermarkSlots.size());
    }

    MbRect captionRegion() {
        return captionRegion;
    }

    private void paintCaption(YuvCanvas canvas, String caption) {
        List<String> lines = FramePainter.wrap(caption, captionChars, CAPTION_LINES, true);
        int boxHeight = lines.size() * captionLineHeight - captionGap + 2 * captionPad;
        int bottom = (captionRegion.y() + captionRegion.height()) * 16;
        int y = bottom - boxHeight;
        canvas.fill(captionX - captionPad, y, canvas.width - 2 * captionX + 2 * captionPad, boxHeight, CAPTION_BOX);
        y += captionPad;
        for (String line : lines) {
            BitmapFont.draw(canvas, line, captionX, y, captionScale, text);
            y += captionLineHeight;
        }
    }

    private void paintWatermark(YuvCanvas canvas, MbRect slot) {
        int x = slot.x() * 16;
        int y = slot.y() * 16;
        canvas.blend(x, y, slot.width() * 16, slot.height() * 16, BLACK, PLATE_ALPHA);
        BitmapFont.draw(WATERMARK_TEXT, x + watermarkPad, y + watermarkPad, watermarkScale,
                (rx, ry, rw, rh) -> canvas.blend(rx, ry, rw, rh, WHITE, WATERMARK_ALPHA));
    }
}
