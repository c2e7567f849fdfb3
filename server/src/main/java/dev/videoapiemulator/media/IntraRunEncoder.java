package dev.videoapiemulator.media;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jcodec.codecs.h264.H264Encoder;
import org.jcodec.codecs.h264.H264Utils;
import org.jcodec.codecs.h264.encode.RateControl;
import org.jcodec.codecs.h264.io.model.NALUnit;
import org.jcodec.codecs.h264.io.model.NALUnitType;
import org.jcodec.codecs.h264.io.model.PictureParameterSet;
import org.jcodec.codecs.h264.io.model.SeqParameterSet;
import org.jcodec.codecs.h264.io.model.SliceType;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;
import org.jcodec.common.model.Rect;
import org.jcodec.common.model.Size;

/**
 * Intra-codes a horizontal run of macroblocks with jcodec, as a picture one macroblock high. Inside a
 * bigger picture such a run can become its own I slice unchanged: neighbours in other slices are
 * unavailable for prediction and entropy contexts, exactly like the edges of the small picture. Only the
 * slice header has to be rewritten, so the result keeps the slice data bits and drops jcodec's header.
 *
 * <p>Not thread-safe: jcodec's encoder keeps per-picture state.
 */
final class IntraRunEncoder {

    /** Fixed quantiser: flat synthetic pictures stay sharp and small; rate control would only add noise. */
    static final int QP = 24;

    /** jcodec sizes its slice buffer by picture area; extra rows below the crop leave room for busy runs. */
    private static final int PADDED_ROWS = 64;

    /** Slice data of one run: bits [dataStart, dataEnd) of {@code rbsp}, to be coded at {@code qp}. */
    record EncodedRun(int macroblocks, byte[] rbsp, long dataStart, long dataEnd, int qp) {
    }

    private final H264Encoder encoder = new H264Encoder(new FixedQp());
    /** Pictures by run length and one output buffer, reused: zeroing them anew cost as much as a small run. */
    private final Map<Integer, Picture> pictures = new HashMap<>();
    private ByteBuffer out = ByteBuffer.allocate(0);

    /** @param packed samples as laid out by {@link YuvCanvas#macroblockRun} */
    EncodedRun encode(byte[] packed, int macroblocks) {
        int width = macroblocks * 16;
        Picture picture = pictures.computeIfAbsent(macroblocks,
                count -> Picture.createCropped(width, PADDED_ROWS, ColorSpace.YUV420J, new Rect(0, 0, width, 16)));
        System.arraycopy(packed, 0, picture.getPlaneData(0), 0, width * 16);
        int half = width / 2;
        System.arraycopy(packed, width * 16, picture.getPlaneData(1), 0, half * 8);
        System.arraycopy(packed, width * 16 + half * 8, picture.getPlaneData(2), 0, half * 8);

        int capacity = width * PADDED_ROWS * 2 + 1024;
        if (out.capacity() < capacity) {
            out = ByteBuffer.allocate(capacity);
        }
        out.clear();
        ByteBuffer frame = encoder.encodeIDRFrame(picture, out);
        return parse(frame, macroblocks);
    }

    private static EncodedRun parse(ByteBuffer frame, int macroblocks) {
        SeqParameterSet sps = null;
        PictureParameterSet pps = null;
        List<ByteBuffer> units = H264Utils.splitFrame(frame);
        for (ByteBuffer unit : units) {
            ByteBuffer payload = unit.duplicate();
            NALUnit nal = NALUnit.read(payload);
            if (nal.type == NALUnitType.SPS) {
                sps = H264Utils.readSPS(payload);
            } else if (nal.type == NALUnitType.PPS) {
                pps = H264Utils.readPPS(payload);
            } else if (nal.type == NALUnitType.IDR_SLICE) {
                if (sps == null || pps == null) {
                    throw new IllegalStateException("jcodec wrote a slice before its parameter sets");
                }
                H264Utils.unescapeNAL(payload);
                byte[] rbsp = new byte[payload.remaining()];
                payload.get(rbsp);
                return readHeader(rbsp, sps, pps, macroblocks);
            }
        }
        throw new IllegalStateException("jcodec wrote no IDR slice");
    }

    /** Walks the header fields jcodec writes for an IDR I slice to find where the slice data starts. */
    private static EncodedRun readHeader(byte[] rbsp, SeqParameterSet sps, PictureParameterSet pps, int macroblocks) {
        BitSource in = new BitSource(rbsp, 0);
        in.ue(); // first_mb_in_slice
        int sliceType = in.ue() % 5;
        if (sliceType != SliceType.I.ordinal()) {
            throw new IllegalStateException("expected an I slice, got type " + sliceType);
        }
        in.ue(); // pic_parameter_set_id
        in.bits(sps.log2MaxFrameNumMinus4 + 4); // frame_num
        in.ue(); // idr_pic_id
        if (sps.picOrderCntType == 0) {
            in.bits(sps.log2MaxPicOrderCntLsbMinus4 + 4);
            if (pps.picOrderPresentFlag) {
                in.se();
            }
        } else if (sps.picOrderCntType == 1 && !sps.deltaPicOrderAlwaysZeroFlag) {
            in.se();
            if (pps.picOrderPresentFlag) {
                in.se();
            }
        }
        if (pps.redundantPicCntPresentFlag) {
            in.ue();
        }
        in.bit(); // no_output_of_prior_pics_flag
        in.bit(); // long_term_reference_flag
        int qp = 26 + pps.picInitQpMinus26 + in.se();
        if (pps.deblockingFilterControlPresentFlag) {
            int idc = in.ue();
            if (idc != 1) {
                in.se();
                in.se();
            }
        }
        long dataStart = in.position();
        int last = rbsp.length - 1;
        while (rbsp[last] == 0) {
            last--;
        }
        long stopBit = last * 8L + 7 - Integer.numberOfTrailingZeros(rbsp[last] & 0xFF);
        return new EncodedRun(macroblocks, rbsp, dataStart, stopBit, qp);
    }

    private static final class FixedQp implements RateControl {
        @Override
        public int startPicture(Size size, int maxSize, SliceType sliceType) {
            return QP;
        }

        @Override
        public int initialQpDelta() {
            return 0;
        }

        @Override
        public int accept(int bits) {
            return 0;
        }
    }
}
