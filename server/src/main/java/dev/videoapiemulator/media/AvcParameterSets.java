package dev.videoapiemulator.media;

/**
 * The one SPS and PPS every synthesized stream uses: Constrained Baseline, CAVLC, one reference frame,
 * picture order implied by decoding order (POC type 2, nothing to reorder), BT.709 limited range, and a
 * PPS that lets each slice turn deblocking off at slice edges (see {@link SliceWriter}).
 */
final class AvcParameterSets {

    static final int PROFILE_BASELINE = 66;
    /** constraint_set0 and constraint_set1: Constrained Baseline, which every decoder accepts. */
    static final int CONSTRAINT_FLAGS = 0xC0;
    static final int PIC_INIT_QP = 26;

    /** {level_idc, MaxFS (macroblocks), MaxMBPS} from Table A-1, smallest first. */
    private static final int[][] LEVELS = {
        {30, 1620, 40500}, {31, 3600, 108000}, {32, 5120, 216000}, {40, 8192, 245760},
        {42, 8704, 522240}, {50, 22080, 589824}, {51, 36864, 983040}, {52, 36864, 2073600},
        {60, 139264, 4177920},
    };

    final int width;
    final int height;
    final int mbCols;
    final int mbRows;
    final int log2MaxFrameNum;
    final int level;

    /** @param framesPerIdr the longest run of frames between IDRs, which bounds frame_num */
    AvcParameterSets(int width, int height, int framesPerIdr) {
        this.width = width;
        this.height = height;
        this.mbCols = (width + 15) / 16;
        this.mbRows = (height + 15) / 16;
        this.log2MaxFrameNum = Math.max(4, 32 - Integer.numberOfLeadingZeros(framesPerIdr - 1));
        this.level = levelFor(mbCols, mbRows, FramePainter.FPS);
    }

    static int levelFor(int mbCols, int mbRows, int fps) {
        int frameSize = mbCols * mbRows;
        for (int[] level : LEVELS) {
            double maxSide = Math.sqrt(8.0 * level[1]);
            if (frameSize <= level[1] && (long) frameSize * fps <= level[2] && mbCols <= maxSide && mbRows <= maxSide) {
                return level[0];
            }
        }
        return LEVELS[LEVELS.length - 1][0];
    }

    byte[] sps() {
        BitSink out = new BitSink();
        out.bits(PROFILE_BASELINE, 8);
        out.bits(CONSTRAINT_FLAGS, 8);
        out.bits(level, 8);
        out.ue(0); // seq_parameter_set_id
        out.ue(log2MaxFrameNum - 4);
        out.ue(2); // pic_order_cnt_type
        out.ue(1); // max_num_ref_frames
        out.bit(false); // gaps_in_frame_num_value_allowed_flag
        out.ue(mbCols - 1);
        out.ue(mbRows - 1);
        out.bit(true); // frame_mbs_only_flag
        out.bit(true); // direct_8x8_inference_flag
        boolean cropped = mbCols * 16 != width || mbRows * 16 != height;
        out.bit(cropped);
        if (cropped) {
            out.ue(0);
            out.ue((mbCols * 16 - width) / 2);
            out.ue(0);
            out.ue((mbRows * 16 - height) / 2);
        }
        out.bit(true); // vui_parameters_present_flag
        out.bit(true); // aspect_ratio_info_present_flag
        out.bits(1, 8); // square pixels
        out.bit(false); // overscan_info_present_flag
        out.bit(true); // video_signal_type_present_flag
        out.bits(5, 3); // video_format: unspecified
        out.bit(false); // video_full_range_flag
        out.bit(true); // colour_description_present_flag
        out.bits(1, 8); // BT.709 primaries
        out.bits(1, 8); // BT.709 transfer
        out.bits(1, 8); // BT.709 matrix
        out.bit(false); // chroma_loc_info_present_flag
        out.bit(true); // timing_info_present_flag
        out.bits(1, 32); // num_units_in_tick
        out.bits(2L * FramePainter.FPS, 32); // time_scale: two ticks per frame
        out.bit(true); // fixed_frame_rate_flag
        out.bit(false); // nal_hrd_parameters_present_flag
        out.bit(false); // vcl_hrd_parameters_present_flag
        out.bit(false); // pic_struct_present_flag
        out.bit(true); // bitstream_restriction_flag
        out.bit(true); // motion_vectors_over_pic_boundaries_flag
        out.ue(0); // max_bytes_per_pic_denom
        out.ue(0); // max_bits_per_mb_denom
        out.ue(16); // log2_max_mv_length_horizontal
        out.ue(16); // log2_max_mv_length_vertical
        out.ue(0); // max_num_reorder_frames: frames leave the decoder as soon as they are decoded
        out.ue(1); // max_dec_frame_buffering
        out.trailingBits();
        return out.toNal(0x67);
    }

    byte[] pps() {
        BitSink out = new BitSink();
        out.ue(0); // pic_parameter_set_id
        out.ue(0); // seq_parameter_set_id
        out.bit(false); // entropy_coding_mode_flag: CAVLC
        out.bit(false); // bottom_field_pic_order_in_frame_present_flag
        out.ue(0); // num_slice_groups_minus1
        out.ue(0); // num_ref_idx_l0_default_active_minus1
        out.ue(0); // num_ref_idx_l1_default_active_minus1
        out.bit(false); // weighted_pred_flag
        out.bits(0, 2); // weighted_bipred_idc
        out.se(PIC_INIT_QP - 26);
        out.se(0); // pic_init_qs_minus26
        out.se(0); // chroma_qp_index_offset
        out.bit(true); // deblocking_filter_control_present_flag
        out.bit(false); // constrained_intra_pred_flag
        out.bit(false); // redundant_pic_cnt_present_flag
        out.trailingBits();
        return out.toNal(0x68);
    }
}
