package dev.videoapiemulator.media;

import dev.videoapiemulator.media.IntraRunEncoder.EncodedRun;

/**
 * Writes slice NAL units under {@link AvcParameterSets}. A picture is a sequence of slices covering its
 * macroblocks in order: intra slices carrying runs coded by {@link IntraRunEncoder}, and P slices made
 * of one skip run, which copy the co-located macroblocks of the previous picture for a few bytes.
 *
 * <p>Intra slices disable deblocking across slice edges (idc 2): the run was coded on its own, with
 * nothing to filter against, and filtering its borders would let the edges of neighbouring
 * skipped macroblocks creep frame after frame. Skip slices turn deblocking off altogether (idc 1): with
 * zero motion and no residual there is nothing to filter.
 */
final class SliceWriter {

    private static final int NAL_IDR = 0x65;
    private static final int NAL_NON_IDR_REFERENCE = 0x41;
    private static final int SLICE_P = 0;
    private static final int SLICE_I = 2;

    private final AvcParameterSets parameterSets;

    SliceWriter(AvcParameterSets parameterSets) {
        this.parameterSets = parameterSets;
    }

    byte[] intraSlice(EncodedRun run, int firstMb, boolean idr, int frameNum, int idrPicId) {
        BitSink out = new BitSink();
        header(out, firstMb, SLICE_I, idr, frameNum, idrPicId);
        out.se(run.qp() - AvcParameterSets.PIC_INIT_QP);
        out.ue(2);
        out.se(0);
        out.se(0);
        out.copy(run.rbsp(), run.dataStart(), run.dataEnd());
        out.trailingBits();
        return out.toNal(idr ? NAL_IDR : NAL_NON_IDR_REFERENCE);
    }

    byte[] skipSlice(int firstMb, int count, int frameNum) {
        BitSink out = new BitSink();
        header(out, firstMb, SLICE_P, false, frameNum, 0);
        out.se(0);
        out.ue(1);
        out.ue(count); // mb_skip_run; the slice ends with it
        out.trailingBits();
        return out.toNal(NAL_NON_IDR_REFERENCE);
    }

    /** Everything up to slice_qp_delta, for a reference picture of the single SPS/PPS pair. */
    private void header(BitSink out, int firstMb, int sliceType, boolean idr, int frameNum, int idrPicId) {
        out.ue(firstMb);
        out.ue(sliceType);
        out.ue(0); // pic_parameter_set_id
        out.bits(frameNum, parameterSets.log2MaxFrameNum);
        if (idr) {
            out.ue(idrPicId);
        }
        if (sliceType == SLICE_P) {
            out.bit(false); // num_ref_idx_active_override_flag
            out.bit(false); // ref_pic_list_modification_flag_l0
        }
        if (idr) {
            out.bit(false); // no_output_of_prior_pics_flag
            out.bit(false); // long_term_reference_flag
        } else {
            out.bit(false); // adaptive_ref_pic_marking_mode_flag: sliding window
        }
    }
}
