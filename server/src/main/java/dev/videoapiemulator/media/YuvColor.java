package dev.videoapiemulator.media;

/**
 * A colour in limited-range BT.709 Y'CbCr, the signalling the SPS declares. Components are stored the
 * way jcodec pictures hold them: value minus 128, as signed bytes.
 */
record YuvColor(byte y, byte u, byte v) {

    static YuvColor ofRgb(int rgb) {
        double r = ((rgb >> 16) & 0xFF) / 255.0;
        double g = ((rgb >> 8) & 0xFF) / 255.0;
        double b = (rgb & 0xFF) / 255.0;
        double luma = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        int y = (int) Math.round(16 + 219 * luma);
        int u = (int) Math.round(128 + 224 * (b - luma) / 1.8556);
        int v = (int) Math.round(128 + 224 * (r - luma) / 1.5748);
        return new YuvColor((byte) (y - 128), (byte) (u - 128), (byte) (v - 128));
    }

    /** Inverse of {@link #ofRgb} for one sample; used to turn painted frames into still images. */
    static int toRgb(int ySigned, int uSigned, int vSigned) {
        double luma = (ySigned + 128 - 16) / 219.0;
        double pb = (uSigned) / 224.0;
        double pr = (vSigned) / 224.0;
        double r = luma + 1.5748 * pr;
        double b = luma + 1.8556 * pb;
        double g = (luma - 0.2126 * r - 0.0722 * b) / 0.7152;
        return (clamp(r) << 16) | (clamp(g) << 8) | clamp(b);
    }

    private static int clamp(double component) {
        return (int) Math.max(0, Math.min(255, Math.round(component * 255)));
    }
}
