package dev.videoapiemulator.media;

import dev.videoapiemulator.media.FramePainter.MbRect;
import dev.videoapiemulator.media.IntraRunEncoder.EncodedRun;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes a job's MP4 without running a full encoder per frame (jcodec manages about 17 frames/s at 720p).
 *
 * <p>Every frame is coded, at a steady 24 fps, but only the macroblocks that differ from the previous
 * frame cost anything: they are grouped into horizontal runs and sent as intra slices, and the gaps
 * between them as P slices of skipped macroblocks. The painter keeps all motion inside a few small
 * regions, so a frame is typically a few hundred bytes. A keyframe every {@value #KEYFRAME_SECONDS}
 * seconds is made of intra slices covering every macroblock row. Identical runs (the same digit in the
 * same place) are encoded once and reused, only their slice headers differ; rows no moving part touches
 * are cut and coded at the first keyframe only, and flat stretches of any length are built from a few
 * short codings (see {@link FlatRunEncoder}).
 *
 * <p>Output depends only on the subject, so the same job always yields the same bytes.
 */
final class Mp4Synthesizer {

    static final int KEYFRAME_SECONDS = 2;

    private Mp4Synthesizer() {
    }

    /** Accepts even widths and heights from 32 to 4096 and 1 to 600 seconds. */
    static byte[] synthesize(MediaSubject subject) {
        validate(subject);
        return new Run(subject).make();
    }

    static void validate(MediaSubject subject) {
        if (subject.width() < 32 || subject.height() < 32 || subject.width() > 4096 || subject.height() > 4096
                || (subject.width() & 1) != 0 || (subject.height() & 1) != 0) {
            throw new IllegalArgumentException(
                    "video size must be even and within 32..4096 pixels, got " + subject.width() + "x" + subject.height());
        }
        if (subject.seconds() < 1 || subject.seconds() > 600) {
            throw new IllegalArgumentException("video length must be 1..600 seconds, got " + subject.seconds());
        }
    }

    /** Holds the state of one synthesis; the run cache dies with it. */
    private static final class Run {

        private final FramePainter painter;
        private final int keyframeInterval = KEYFRAME_SECONDS * FramePainter.FPS;
        private final AvcParameterSets parameterSets;
        private final SliceWriter slices;
        private final Mp4Writer mp4;
        private final IntraRunEncoder encoder = new IntraRunEncoder();
        private final FlatRunEncoder flatRuns = new FlatRunEncoder(encoder);
        private final Map<Object, EncodedRun> encoded = new HashMap<>();
        private final Map<RunKey, FlatRunEncoder.Runs> flatColours = new HashMap<>();
        private final YuvCanvas canvas;
        /** Macroblock rows that some dynamic region touches; every other row is coded once and reused. */
        private final BitSet dynamicRows = new BitSet();
        private final PlacedRun[][] stillRows;
        private YuvCanvas shown;
        private int keyframes;

        Run(MediaSubject subject) {
            painter = new FramePainter(subject);
            parameterSets = new AvcParameterSets(subject.width(), subject.height(), keyframeInterval);
            slices = new SliceWriter(parameterSets);
            mp4 = new Mp4Writer(subject.width(), subject.height(), FramePainter.FPS, parameterSets.sps(),
                    parameterSets.pps());
            canvas = new YuvCanvas(subject.width(), subject.height());
            stillRows = new PlacedRun[parameterSets.mbRows][];
            for (MbRect region : painter.dynamicRegions()) {
                int y0 = Math.max(0, region.y());
                dynamicRows.set(y0, Math.max(y0, Math.min(region.y() + region.height(), parameterSets.mbRows)));
            }
        }

        byte[] make() {
            painter.paintBackground(canvas);
            BitSet changed = new BitSet(parameterSets.mbCols * parameterSets.mbRows);
            for (int frame = 0; frame < painter.frameCount(); frame++) {
                painter.paintDynamic(canvas, frame);
                int frameNum = frame % keyframeInterval;
                if (frameNum == 0) {
                    keyframe();
                } else {
                    changed.clear();
                    collectChanges(changed);
                    predicted(changed, frameNum);
                }
            }
            return mp4.finish();
        }

        private void keyframe() {
            int mbCols = parameterSets.mbCols;
            int idrPicId = keyframes++ & 0xFFFF;
            for (int row = 0; row < parameterSets.mbRows; row++) {
                PlacedRun[] runs = stillRows[row] != null ? stillRows[row] : rowRuns(row);
                if (!dynamicRows.get(row)) {
                    stillRows[row] = runs;
                }
                for (PlacedRun run : runs) {
                    mp4.nal(slices.intraSlice(run.encoded(), row * mbCols + run.mbX(), true, 0, idrPicId));
                }
            }
            mp4.endSample(true);
            if (shown == null) {
                shown = canvas.copy();
            } else {
                for (MbRect region : painter.dynamicRegions()) {
                    shown.copyRegionFrom(canvas, region.x(), region.y(), region.width(), region.height());
                }
            }
        }

        private PlacedRun[] rowRuns(int row) {
            return runs(row, 0, parameterSets.mbCols).toArray(new PlacedRun[0]);
        }

        private void collectChanges(BitSet changed) {
            int mbCols = parameterSets.mbCols;
            for (MbRect region : painter.dynamicRegions()) {
                int x0 = Math.max(0, region.x());
                int x1 = Math.min(region.x() + region.width(), mbCols);
                int y1 = Math.min(region.y() + region.height(), parameterSets.mbRows);
                for (int y = Math.max(0, region.y()); y < y1 && x0 < x1; y++) {
                    canvas.markChangedMacroblocks(shown, y, x0, x1, changed);
                }
            }
            for (int mb = changed.nextSetBit(0); mb >= 0; mb = changed.nextSetBit(mb + 1)) {
                shown.copyMacroblockFrom(canvas, mb % mbCols, mb / mbCols);
            }
        }

        /** Emits changed runs as intra slices and everything between them as skip slices. */
        private void predicted(BitSet changed, int frameNum) {
            int mbCols = parameterSets.mbCols;
            int total = mbCols * parameterSets.mbRows;
            int next = 0;
            for (int start = changed.nextSetBit(0); start >= 0; start = changed.nextSetBit(next)) {
                int rowEnd = (start / mbCols + 1) * mbCols;
                int end = Math.min(changed.nextClearBit(start), rowEnd);
                if (start > next) {
                    mp4.nal(slices.skipSlice(next, start - next, frameNum));
                }
                int row = start / mbCols;
                for (PlacedRun run : runs(row, start % mbCols, end - row * mbCols)) {
                    mp4.nal(slices.intraSlice(run.encoded(), row * mbCols + run.mbX(), false, frameNum, 0));
                }
                next = end;
            }
            if (next < total) {
                mp4.nal(slices.skipSlice(next, total - next, frameNum));
            }
            mp4.endSample(false);
        }

        /**
         * Macroblocks [{@code start}, {@code limit}) of a row cut into slices and coded. Each stretch of flat
         * macroblocks of one colour is a slice of its own, coded once per length by {@link FlatRunEncoder}:
         * the intra coder spends as long on a plain macroblock as on a detailed one, and the background, the
         * panel and the lane around the ball are such stretches, with new lengths at every keyframe. That also
         * cuts every slice before a flat macroblock that follows a detailed one: the coder predicts along the
         * row from the left neighbour, and the ringing a detailed block leaves in its right column is too
         * faint to be corrected by the residual, so without the cut it would be copied across the rest of
         * the row as streaks.
         */
        private List<PlacedRun> runs(int row, int start, int limit) {
            int count = limit - start;
            boolean[] flat = new boolean[count];
            int[] flatRepeats = new int[count];
            for (int x = limit - 1; x >= start; x--) {
                flat[x - start] = canvas.isFlat(x, row);
                boolean sameAsNext = flat[x - start] && x + 1 < limit && flat[x + 1 - start]
                        && canvas.sameMacroblocks(row, x, x + 1);
                flatRepeats[x - start] = sameAsNext ? flatRepeats[x + 1 - start] + 1 : 1;
            }
            List<PlacedRun> runs = new ArrayList<>();
            for (int x = start; x < limit; ) {
                if (flat[x - start]) {
                    int length = flatRepeats[x - start];
                    runs.add(new PlacedRun(x, flatRun(canvas.macroblockRun(row, x, 1), length)));
                    x += length;
                    continue;
                }
                int end = x + 1;
                while (end < limit && !flat[end - start]) {
                    end++;
                }
                byte[] samples = canvas.macroblockRun(row, x, end - x);
                int macroblocks = end - x;
                runs.add(new PlacedRun(x, encoded.computeIfAbsent(new RunKey(samples),
                        key -> encoder.encode(samples, macroblocks))));
                x = end;
            }
            return runs;
        }

        private EncodedRun flatRun(byte[] macroblock, int count) {
            RunKey key = new RunKey(macroblock);
            return encoded.computeIfAbsent(new FlatRunKey(key, count),
                    run -> flatColours.computeIfAbsent(key, mb -> flatRuns.of(mb.samples)).encode(count));
        }
    }

    /** A coded run and the macroblock column it starts at. */
    private record PlacedRun(int mbX, EncodedRun encoded) {
    }

    /** A run of {@code count} copies of one flat macroblock, named without copying all of its samples. */
    private record FlatRunKey(RunKey macroblock, int count) {
    }

    /** Run samples compared by content; the width is implied by the length. */
    private static final class RunKey {
        private static final VarHandle LONGS =
                MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

        final byte[] samples;
        private final int hash;

        /** @param samples a packed run, always a whole number of 384-byte macroblocks */
        RunKey(byte[] samples) {
            this.samples = samples;
            // Eight samples per multiply: Arrays.hashCode's one multiply per byte was a tenth of a video's time.
            long hash = samples.length;
            for (int i = 0; i < samples.length; i += Long.BYTES) {
                hash = (hash ^ (long) LONGS.get(samples, i)) * 0x9E3779B97F4A7C15L;
            }
            this.hash = (int) (hash ^ (hash >>> 32));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof RunKey key && Arrays.equals(samples, key.samples);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
