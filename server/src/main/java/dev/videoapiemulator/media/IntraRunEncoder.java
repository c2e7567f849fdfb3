package dev.videoapiemulator.media;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.jcodec.codecs.h264.H264Const;
import org.jcodec.codecs.h264.decode.CoeffTransformer;
import org.jcodec.codecs.h264.io.CAVLC;
import org.jcodec.codecs.h264.io.model.MBType;
import org.jcodec.codecs.h264.io.model.SeqParameterSet;
import org.jcodec.codecs.h264.io.write.CAVLCWriter;
import org.jcodec.common.io.BitWriter;
import org.jcodec.common.model.ColorSpace;

/**
 * Intra-codes a horizontal run of macroblocks as the data of one I slice: every macroblock Intra 16×16
 * with DC prediction from its left neighbour (the first of the run has none, so the run decodes the
 * same wherever its slice is placed) and all residual blocks sent, through jcodec's transforms and CAVLC
 * tables. Driving those parts directly rather than jcodec's encoder leaves out what a run does not need:
 * its parameter sets and slice header, parsed back and thrown away, and the deblocking of every coded
 * macroblock, a third of the coding time, whose result only jcodec's own prediction read. Prediction
 * now uses the reconstruction before deblocking, as a decoder does.
 *
 * <p>Not thread-safe: the sample and coefficient buffers are reused.
 */
final class IntraRunEncoder {

    /**
     * Fixed quantiser: flat synthetic pictures stay sharp and small; rate control would only add noise.
     * Below 30, so chroma is quantised at the same QP.
     */
    static final int QP = 24;

    /** mb_type of an I slice: Intra 16×16, DC prediction, chroma DC and AC coded, all luma AC coded. */
    private static final int MB_TYPE_I16X16_DC_ALL_CODED = 23;
    private static final int[] CHROMA_DC_SCAN = {0, 1, 2, 3};
    /** jcodec's samples are signed: 0 is mid-grey, the prediction when there is no neighbour. */
    private static final int NO_NEIGHBOUR = 0;

    /** Slice data of one run: bits [dataStart, dataEnd) of {@code rbsp}, to be coded at {@code qp}. */
    record EncodedRun(int macroblocks, byte[] rbsp, long dataStart, long dataEnd, int qp) {
    }

    private final int[][] lumaBlocks = new int[16][16];
    private final int[][] cbBlocks = new int[4][16];
    private final int[][] crBlocks = new int[4][16];
    private final int[] lumaDc = new int[16];
    private final int[] cbDc = new int[4];
    private final int[] crDc = new int[4];
    /** Reconstructed right column of the previous macroblock, which predicts the next one. */
    private final int[] leftLuma = new int[16];
    private final int[] leftCb = new int[8];
    private final int[] leftCr = new int[8];
    private ByteBuffer buffer = ByteBuffer.allocate(0);

    /** @param packed samples as laid out by {@link YuvCanvas#macroblockRun} */
    EncodedRun encode(byte[] packed, int macroblocks) {
        // Room for every level escape-coded; the run keeps a copy of what it used.
        if (buffer.capacity() < packed.length * 4 + 64) {
            buffer = ByteBuffer.allocate(packed.length * 4 + 64);
        }
        buffer.clear();
        BitWriter out = new BitWriter(buffer);
        CAVLC luma = contexts(macroblocks, 2);
        CAVLC cb = contexts(macroblocks, 1);
        CAVLC cr = contexts(macroblocks, 1);
        int width = macroblocks * 16;
        int cbAt = width * 16;
        int crAt = cbAt + width * 4;
        for (int mb = 0; mb < macroblocks; mb++) {
            CAVLCWriter.writeUE(out, MB_TYPE_I16X16_DC_ALL_CODED);
            CAVLCWriter.writeUE(out, 0); // intra_chroma_pred_mode: DC
            CAVLCWriter.writeSE(out, 0); // mb_qp_delta
            boolean left = mb > 0;
            codeLuma(packed, width, mb, left, luma, out);
            int upperCb = left ? (sum(leftCb, 0, 4) + 2) >> 2 : NO_NEIGHBOUR;
            int lowerCb = left ? (sum(leftCb, 4, 4) + 2) >> 2 : NO_NEIGHBOUR;
            int upperCr = left ? (sum(leftCr, 0, 4) + 2) >> 2 : NO_NEIGHBOUR;
            int lowerCr = left ? (sum(leftCr, 4, 4) + 2) >> 2 : NO_NEIGHBOUR;
            transformChroma(packed, cbAt, width / 2, mb, upperCb, lowerCb, cbBlocks, cbDc);
            transformChroma(packed, crAt, width / 2, mb, upperCr, lowerCr, crBlocks, crDc);
            writeChromaDc(cb, cbDc, out);
            writeChromaDc(cr, crDc, out);
            writeAc(cb, mb * 2, cbBlocks, 4, out);
            writeAc(cr, mb * 2, crBlocks, 4, out);
            restoreChroma(cbBlocks, cbDc, upperCb, lowerCb, leftCb);
            restoreChroma(crBlocks, crDc, upperCr, lowerCr, leftCr);
        }
        long bits = out.position();
        out.flush();
        return new EncodedRun(macroblocks, Arrays.copyOf(buffer.array(), buffer.position()), 0, bits, QP);
    }

    /**
     * Token contexts of one plane for a picture one run wide, one macroblock high.
     *
     * @param log2Blocks log2 of the 4×4 blocks across (and down) a macroblock of the plane
     */
    private static CAVLC contexts(int macroblocks, int log2Blocks) {
        SeqParameterSet sps = new SeqParameterSet();
        sps.chromaFormatIdc = ColorSpace.YUV420J;
        sps.picWidthInMbsMinus1 = macroblocks - 1;
        return new CAVLC(sps, null, log2Blocks, log2Blocks);
    }

    private void codeLuma(byte[] packed, int width, int mb, boolean left, CAVLC cavlc, BitWriter out) {
        int pred = left ? (sum(leftLuma, 0, 16) + 8) >> 4 : NO_NEIGHBOUR;
        for (int blk = 0; blk < 16; blk++) {
            takeResidual(packed, width * H264Const.BLK_Y[blk] + mb * 16 + H264Const.BLK_X[blk], width, pred,
                    lumaBlocks[blk]);
            CoeffTransformer.fdct4x4(lumaBlocks[blk]);
            lumaDc[blk] = lumaBlocks[blk][0];
            lumaBlocks[blk][0] = 0;
        }
        CoeffTransformer.reorderDC4x4(lumaDc);
        CoeffTransformer.quantizeDC4x4(lumaDc, QP);
        CoeffTransformer.fvdDC4x4(lumaDc);
        cavlc.writeLumaDCBlock(out, mb * 4, 0, MBType.I_16x16, MBType.I_16x16, lumaDc, H264Const.totalZeros16, 0,
                16, CoeffTransformer.zigzag4x4);
        writeAc(cavlc, mb * 4, lumaBlocks, 16, out);

        CoeffTransformer.invDC4x4(lumaDc);
        CoeffTransformer.dequantizeDC4x4(lumaDc, QP, null);
        CoeffTransformer.reorderDC4x4(lumaDc);
        // Only the right column is ever read back, as the next macroblock's prediction.
        for (int blk = 0; blk < 16; blk++) {
            if (H264Const.BLK_X[blk] == 12) {
                int[] block = restore(lumaBlocks[blk], lumaDc[blk]);
                for (int row = 0; row < 4; row++) {
                    leftLuma[H264Const.BLK_Y[blk] + row] = clip(pred + block[row * 4 + 3]);
                }
            }
        }
    }

    /** The four 4×4 blocks of one chroma plane, transformed, with their DC terms moved to {@code dc}. */
    private static void transformChroma(byte[] packed, int planeAt, int stride, int mb, int upperPred,
            int lowerPred, int[][] blocks, int[] dc) {
        for (int blk = 0; blk < 4; blk++) {
            int at = planeAt + (blk >> 1) * 4 * stride + mb * 8 + (blk & 1) * 4;
            takeResidual(packed, at, stride, blk < 2 ? upperPred : lowerPred, blocks[blk]);
            CoeffTransformer.fdct4x4(blocks[blk]);
            dc[blk] = blocks[blk][0];
            blocks[blk][0] = 0;
        }
    }

    private static void writeChromaDc(CAVLC cavlc, int[] dc, BitWriter out) {
        CoeffTransformer.quantizeDC2x2(dc, QP);
        CoeffTransformer.fvdDC2x2(dc);
        cavlc.writeChrDCBlock(out, dc, H264Const.totalZeros4, 0, dc.length, CHROMA_DC_SCAN);
    }

    /** Quantises and writes the AC levels of {@code count} blocks, in coding order, leaving them quantised. */
    private static void writeAc(CAVLC cavlc, int mbBlockX, int[][] blocks, int count, BitWriter out) {
        for (int blk = 0; blk < count; blk++) {
            CoeffTransformer.quantizeAC(blocks[blk], QP);
            cavlc.writeACBlock(out, mbBlockX + H264Const.MB_BLK_OFF_LEFT[blk], H264Const.MB_BLK_OFF_TOP[blk],
                    MBType.I_16x16, MBType.I_16x16, blocks[blk], H264Const.totalZeros16, 1, 15,
                    CoeffTransformer.zigzag4x4);
        }
    }

    /** Rebuilds the right column of a chroma plane (blocks 1 and 3) into {@code column}. */
    private static void restoreChroma(int[][] blocks, int[] dc, int upperPred, int lowerPred, int[] column) {
        CoeffTransformer.invDC2x2(dc);
        CoeffTransformer.dequantizeDC2x2(dc, QP, null);
        for (int blk = 1; blk < 4; blk += 2) {
            int[] block = restore(blocks[blk], dc[blk]);
            int pred = blk < 2 ? upperPred : lowerPred;
            for (int row = 0; row < 4; row++) {
                column[(blk >> 1) * 4 + row] = clip(pred + block[row * 4 + 3]);
            }
        }
    }

    private static int[] restore(int[] levels, int dc) {
        CoeffTransformer.dequantizeAC(levels, QP, null);
        levels[0] = dc;
        CoeffTransformer.idct4x4(levels);
        return levels;
    }

    private static void takeResidual(byte[] packed, int at, int stride, int pred, int[] block) {
        for (int row = 0; row < 4; row++) {
            for (int col = 0; col < 4; col++) {
                block[row * 4 + col] = packed[at + row * stride + col] - pred;
            }
        }
    }

    private static int sum(int[] column, int from, int count) {
        int sum = 0;
        for (int i = from; i < from + count; i++) {
            sum += column[i];
        }
        return sum;
    }

    private static int clip(int sample) {
        return Math.max(-128, Math.min(127, sample));
    }
}
