package dev.videoapiemulator.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes a single-track H.264 MP4 with {@code moov} ahead of {@code mdat} ("fast start"): the whole
 * stream is known before the file is written, so the index goes first and a player can start while the
 * rest downloads, with no relocation pass. Samples are AVC length-prefixed NAL units.
 */
final class Mp4Writer {

    private final int width;
    private final int height;
    private final int fps;
    private final byte[] sps;
    private final byte[] pps;
    private final ByteSink payload = new ByteSink(1 << 16);
    private int[] sampleSizes = new int[256];
    private int samples;
    private int[] syncSamples = new int[16];
    private int syncCount;
    private int sampleStart;

    Mp4Writer(int width, int height, int fps, byte[] sps, byte[] pps) {
        this.width = width;
        this.height = height;
        this.fps = fps;
        this.sps = sps;
        this.pps = pps;
    }

    /** Appends one NAL unit to the sample being built. */
    void nal(byte[] nal) {
        payload.u32(nal.length);
        payload.bytes(nal, 0, nal.length);
    }

    /** Closes the sample built from the NAL units added since the previous call. */
    void endSample(boolean sync) {
        if (samples == sampleSizes.length) {
            sampleSizes = Arrays.copyOf(sampleSizes, samples * 2);
        }
        sampleSizes[samples++] = payload.size() - sampleStart;
        sampleStart = payload.size();
        if (sync) {
            if (syncCount == syncSamples.length) {
                syncSamples = Arrays.copyOf(syncSamples, syncCount * 2);
            }
            syncSamples[syncCount++] = samples;
        }
    }

    byte[] finish() {
        ByteSink head = new ByteSink(4096 + samples * 4);
        int ftyp = head.open("ftyp");
        head.ascii("isom");
        head.u32(0x200);
        head.ascii("isom");
        head.ascii("iso2");
        head.ascii("avc1");
        head.ascii("mp41");
        head.close(ftyp);
        int chunkOffsetAt = moov(head);
        long mdatSize = 8L + payload.size();
        if (mdatSize > 0xFFFFFFFFL) {
            throw new IllegalStateException("stream too large for a 32-bit mdat");
        }
        int dataStart = head.size() + 8;
        head.patch32(chunkOffsetAt, dataStart);
        byte[] file = new byte[dataStart + payload.size()];
        System.arraycopy(head.array(), 0, file, 0, head.size());
        writeU32(file, head.size(), (int) mdatSize);
        file[head.size() + 4] = 'm';
        file[head.size() + 5] = 'd';
        file[head.size() + 6] = 'a';
        file[head.size() + 7] = 't';
        System.arraycopy(payload.array(), 0, file, dataStart, payload.size());
        return file;
    }

    /** Writes the moov box and returns where its single chunk offset is to be patched. */
    private int moov(ByteSink out) {
        int movieTimescale = 1000;
        int mediaTimescale = fps * 1000;
        int frameDuration = 1000;
        long movieDuration = (long) samples * 1000 / fps;
        long mediaDuration = (long) samples * frameDuration;

        int moov = out.open("moov");
        int mvhd = out.open("mvhd");
        out.u32(0); // version, flags
        out.u32(0);
        out.u32(0);
        out.u32(movieTimescale);
        out.u32((int) movieDuration);
        out.u32(0x00010000); // rate 1.0
        out.u16(0x0100); // volume 1.0
        out.zeros(10);
        matrix(out);
        out.zeros(24);
        out.u32(2); // next_track_ID
        out.close(mvhd);

        int trak = out.open("trak");
        int tkhd = out.open("tkhd");
        out.u32(3); // version 0, flags: enabled, in movie
        out.u32(0);
        out.u32(0);
        out.u32(1); // track_ID
        out.u32(0);
        out.u32((int) movieDuration);
        out.zeros(8);
        out.u16(0); // layer
        out.u16(0); // alternate_group
        out.u16(0); // volume
        out.u16(0);
        matrix(out);
        out.u32(width << 16);
        out.u32(height << 16);
        out.close(tkhd);

        int mdia = out.open("mdia");
        int mdhd = out.open("mdhd");
        out.u32(0);
        out.u32(0);
        out.u32(0);
        out.u32(mediaTimescale);
        out.u32((int) mediaDuration);
        out.u16(0x55C4); // language "und"
        out.u16(0);
        out.close(mdhd);
        int hdlr = out.open("hdlr");
        out.u32(0);
        out.u32(0);
        out.ascii("vide");
        out.zeros(12);
        out.ascii("VideoHandler");
        out.u8(0);
        out.close(hdlr);

        int minf = out.open("minf");
        int vmhd = out.open("vmhd");
        out.u32(1);
        out.zeros(8);
        out.close(vmhd);
        int dinf = out.open("dinf");
        int dref = out.open("dref");
        out.u32(0);
        out.u32(1);
        int url = out.open("url ");
        out.u32(1); // self-contained
        out.close(url);
        out.close(dref);
        out.close(dinf);

        int stbl = out.open("stbl");
        sampleDescription(out);
        int stts = out.open("stts");
        out.u32(0);
        out.u32(1);
        out.u32(samples);
        out.u32(frameDuration);
        out.close(stts);
        int stss = out.open("stss");
        out.u32(0);
        out.u32(syncCount);
        for (int i = 0; i < syncCount; i++) {
            out.u32(syncSamples[i]);
        }
        out.close(stss);
        int stsc = out.open("stsc");
        out.u32(0);
        out.u32(1);
        out.u32(1); // first_chunk
        out.u32(samples); // every sample in one chunk
        out.u32(1);
        out.close(stsc);
        int stsz = out.open("stsz");
        out.u32(0);
        out.u32(0);
        out.u32(samples);
        for (int i = 0; i < samples; i++) {
            out.u32(sampleSizes[i]);
        }
        out.close(stsz);
        int stco = out.open("stco");
        out.u32(0);
        out.u32(1);
        int chunkOffsetAt = out.size();
        out.u32(0);
        out.close(stco);
        out.close(stbl);
        out.close(minf);
        out.close(mdia);
        out.close(trak);
        out.close(moov);
        return chunkOffsetAt;
    }

    private void sampleDescription(ByteSink out) {
        int stsd = out.open("stsd");
        out.u32(0);
        out.u32(1);
        int avc1 = out.open("avc1");
        out.zeros(6);
        out.u16(1); // data_reference_index
        out.zeros(16);
        out.u16(width);
        out.u16(height);
        out.u32(0x00480000); // 72 dpi
        out.u32(0x00480000);
        out.u32(0);
        out.u16(1); // frame_count
        byte[] name = "Video API Emulator".getBytes(StandardCharsets.US_ASCII);
        out.u8(name.length);
        out.bytes(name, 0, name.length);
        out.zeros(31 - name.length);
        out.u16(0x18); // depth
        out.u16(0xFFFF); // pre_defined -1
        int avcC = out.open("avcC");
        out.u8(1);
        out.u8(sps[1]); // profile, constraints and level straight from the SPS
        out.u8(sps[2]);
        out.u8(sps[3]);
        out.u8(0xFF); // 4-byte NAL lengths
        out.u8(0xE1); // one SPS
        out.u16(sps.length);
        out.bytes(sps, 0, sps.length);
        out.u8(1);
        out.u16(pps.length);
        out.bytes(pps, 0, pps.length);
        out.close(avcC);
        out.close(avc1);
        out.close(stsd);
    }

    private static void matrix(ByteSink out) {
        int[] identity = {0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000};
        for (int value : identity) {
            out.u32(value);
        }
    }

    private static void writeU32(byte[] target, int at, int value) {
        target[at] = (byte) (value >>> 24);
        target[at + 1] = (byte) (value >>> 16);
        target[at + 2] = (byte) (value >>> 8);
        target[at + 3] = (byte) value;
    }
}
