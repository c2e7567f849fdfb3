package dev.videoapiemulator.media;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws a job's frames: a static card (id, prompt words, format), three moving parts (timecode,
 * a bouncing block, a progress bar) and the subject's overlay (storyboard captions, watermark). The
 * moving parts live in macroblock-aligned regions so that a frame differs from the previous one in as
 * few macroblocks as possible; everything else never changes.
 */
final class FramePainter {

    static final int FPS = 24;

    private static final int PROMPT_WORDS = 12;
    private static final int PROMPT_LINES = 3;
    private static final int ID_LINES = 2;

    /** A rectangle in macroblocks. */
    record MbRect(int x, int y, int width, int height) {
    }

    private final MediaSubject subject;
    private final int frameCount;
    private final int unit;
    private final YuvColor background;
    private final YuvColor panel;
    private final YuvColor text;
    private final YuvColor dim;
    private final YuvColor accent;
    private final int margin;
    private final int timecodeX;
    private final int timecodeY;
    private final int laneY;
    private final int barY;
    private final int ballSize;
    private final int ballStep;
    private final int ballPhase;
    private final OverlayPainter overlay;
    private final List<MbRect> dynamicRegions = new ArrayList<>();
    private final Map<Character, YuvCanvas> timecodeCells = new HashMap<>();

    FramePainter(MediaSubject subject) {
        this.subject = subject;
        this.frameCount = subject.seconds() * FPS;
        int shortSide = Math.min(subject.width(), subject.height());
        this.unit = Math.max(1, Math.round(shortSide / 720f));
        long seed = fnv1a(subject.id());
        float hue = (seed & 0xFFFF) / 65536f;
        this.background = YuvColor.ofRgb(hsv(hue, 0.55f, 0.22f));
        this.panel = YuvColor.ofRgb(hsv(hue, 0.45f, 0.32f));
        this.text = YuvColor.ofRgb(0xF2F2F2);
        this.dim = YuvColor.ofRgb(hsv(hue, 0.15f, 0.75f));
        this.accent = YuvColor.ofRgb(hsv((hue + 0.5f) % 1f, 0.75f, 0.95f));
        this.margin = 32 * unit;

        int mbRowsVisible = subject.height() / 16;
        int barRow = Math.max(0, mbRowsVisible - 2 * unit);
        int laneRow = Math.max(0, barRow - 3 * unit);
        this.barY = barRow * 16;
        this.laneY = laneRow * 16;
        this.ballSize = 24 * unit;
        this.ballStep = 8 * unit;
        this.timecodeX = margin;
        this.timecodeY = Math.max(0, laneY - 64 * unit);
        int mbCols = (subject.width() + 15) / 16;
        this.ballPhase = (int) ((seed >>> 16) % Math.max(1, travel() / ballStep + 1)) * ballStep;
        dynamicRegions.add(new MbRect(timecodeX / 16, timecodeY / 16, timecodeCells() * 2 * unit, 2 * unit));
        dynamicRegions.add(new MbRect(0, laneRow, mbCols, 2 * unit));
        dynamicRegions.add(new MbRect(0, barRow, mbCols, unit));
        this.overlay = new OverlayPainter(subject, unit, margin, timecodeY, text);
        dynamicRegions.addAll(overlay.regions());
    }

    OverlayPainter overlay() {
        return overlay;
    }

    int frameCount() {
        return frameCount;
    }

    /** Macroblock rectangles outside of which every frame equals the background. */
    List<MbRect> dynamicRegions() {
        return dynamicRegions;
    }

    void paintFrame(YuvCanvas canvas, int frame) {
        paintBackground(canvas);
        paintDynamic(canvas, frame);
    }

    void paintBackground(YuvCanvas canvas) {
        canvas.fill(0, 0, canvas.stride, canvas.mbRows * 16, background);
        int textScale = 2 * unit;
        int lineHeight = BitmapFont.CELL_HEIGHT * textScale + 4 * unit;
        int maxWidth = subject.width() - 2 * margin;
        int y = margin;
        for (String line : wrap(subject.id(), maxWidth / BitmapFont.textWidth(1, textScale), ID_LINES, false)) {
            BitmapFont.draw(canvas, line, margin, y, textScale, dim);
            y += lineHeight;
        }
        y += lineHeight / 2;
        int promptScale = 4 * unit;
        int promptLine = BitmapFont.CELL_HEIGHT * promptScale + 4 * unit;
        List<String> prompt = wrap(promptWords(), maxWidth / BitmapFont.textWidth(1, promptScale), PROMPT_LINES, true);
        canvas.fill(margin - 8 * unit, y - 8 * unit, maxWidth + 16 * unit, prompt.size() * promptLine + 12 * unit, panel);
        for (String line : prompt) {
            BitmapFont.draw(canvas, line, margin, y, promptScale, text);
            y += promptLine;
        }
        y += lineHeight / 2;
        String format = subject.width() + "X" + subject.height() + "  " + subject.seconds() + "S  " + FPS + " FPS";
        BitmapFont.draw(canvas, format, margin, y, textScale, dim);
        overlay.remember(canvas);
    }

    /** Repaints every dynamic region completely, so the result never depends on the previous frame. */
    void paintDynamic(YuvCanvas canvas, int frame) {
        overlay.restore(canvas);
        int cell = 32 * unit;
        String timecode = timecode(frame);
        for (int i = 0; i < timecode.length(); i++) {
            canvas.paste(timecodeCells.computeIfAbsent(timecode.charAt(i), this::timecodeCell), timecodeX + i * cell,
                    timecodeY);
        }

        canvas.fill(0, laneY, canvas.stride, 32 * unit, panel);
        canvas.fill(ballX(frame), laneY + 4 * unit, ballSize, ballSize, accent);

        canvas.fill(0, barY, canvas.stride, 16 * unit, background);
        int done = (int) ((long) subject.width() * (frame + 1) / frameCount);
        canvas.fill(0, barY + 4 * unit, done, 8 * unit, accent);
        overlay.paint(canvas, frame);
    }

    /** A timecode character on its square of background, drawn once and pasted at every frame. */
    private YuvCanvas timecodeCell(char c) {
        int cell = 32 * unit;
        YuvCanvas tile = new YuvCanvas(cell, cell);
        tile.fill(0, 0, cell, cell, background);
        BitmapFont.drawGlyph(tile, c, 6 * unit, 2 * unit, 4 * unit, text);
        return tile;
    }

    /** mm:ss:ff at the fixed frame rate. */
    static String timecode(int frame) {
        int seconds = frame / FPS;
        return String.format("%02d:%02d:%02d", seconds / 60, seconds % 60, frame % FPS);
    }

    private int timecodeCells() {
        return timecode(0).length();
    }

    private int travel() {
        return Math.max(0, subject.width() - 2 * margin - ballSize);
    }

    /** Bounces between the margins at a whole number of steps per frame, starting at an id-chosen place. */
    private int ballX(int frame) {
        int travel = travel();
        if (travel == 0) {
            return margin;
        }
        int distance = ballPhase + frame * ballStep;
        int period = 2 * travel;
        int offset = distance % period;
        return margin + (offset <= travel ? offset : period - offset);
    }

    private String promptWords() {
        String prompt = subject.prompt() == null ? "" : subject.prompt().strip();
        String[] words = prompt.isEmpty() ? new String[0] : prompt.split("\\s+");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(words.length, PROMPT_WORDS); i++) {
            out.append(i == 0 ? "" : " ").append(words[i]);
        }
        if (words.length > PROMPT_WORDS) {
            out.append(" ...");
        }
        return out.length() == 0 ? "(NO PROMPT)" : out.toString();
    }

    /** Greedy word wrap; words longer than a line are cut. The last kept line ends in "..." if text remains. */
    static List<String> wrap(String text, int maxChars, int maxLines, boolean byWords) {
        List<String> lines = new ArrayList<>();
        int width = Math.max(1, maxChars);
        String rest = BitmapFont.printable(text).strip();
        while (!rest.isEmpty() && lines.size() < maxLines) {
            int cut;
            if (rest.length() <= width) {
                cut = rest.length();
            } else {
                int space = byWords ? rest.lastIndexOf(' ', width) : -1;
                cut = space > 0 ? space : width;
            }
            lines.add(rest.substring(0, cut));
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty() && !lines.isEmpty()) {
            String last = lines.get(lines.size() - 1);
            int keep = Math.min(last.length(), Math.max(0, width - 3));
            lines.set(lines.size() - 1, last.substring(0, keep) + "...");
        }
        return lines;
    }

    static long fnv1a(String value) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xFF;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    private static int hsv(float hue, float saturation, float value) {
        float h = hue * 6;
        int sector = (int) h % 6;
        float f = h - (int) h;
        float p = value * (1 - saturation);
        float q = value * (1 - f * saturation);
        float t = value * (1 - (1 - f) * saturation);
        float[] rgb = switch (sector) {
            case 0 -> new float[] {value, t, p};
            case 1 -> new float[] {q, value, p};
            case 2 -> new float[] {p, value, t};
            case 3 -> new float[] {p, q, value};
            case 4 -> new float[] {t, p, value};
            default -> new float[] {value, p, q};
        };
        return (Math.round(rgb[0] * 255) << 16) | (Math.round(rgb[1] * 255) << 8) | Math.round(rgb[2] * 255);
    }
}
