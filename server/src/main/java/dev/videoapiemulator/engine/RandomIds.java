package dev.videoapiemulator.engine;

import java.util.concurrent.ThreadLocalRandom;

/** Random characters for ids (hex, base32, alphanumeric, digits); uniqueness, not secrecy, is what ids need. */
public final class RandomIds {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final char[] CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final char[] ALPHANUMERIC = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
            .toCharArray();
    private static final char[] DIGITS = "0123456789".toCharArray();

    private RandomIds() {
    }

    public static String hex(int length) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] out = new char[length];
        for (int i = 0; i < length; i += 16) {
            long bits = random.nextLong();
            for (int j = i; j < Math.min(length, i + 16); j++) {
                out[j] = HEX[(int) (bits & 0xF)];
                bits >>>= 4;
            }
        }
        return new String(out);
    }

    /** Digits, lowercase and uppercase letters: new-api's public task ids ({@code task_} and 32 of them). */
    public static String alphanumeric(int length) {
        return drawn(ALPHANUMERIC, length);
    }

    /** Decimal digits, the first never 0: Kling's numeric task ids. */
    public static String digits(int length) {
        return (char) ('1' + ThreadLocalRandom.current().nextInt(9)) + drawn(DIGITS, length - 1);
    }

    private static String drawn(char[] alphabet, int length) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = alphabet[random.nextInt(alphabet.length)];
        }
        return new String(out);
    }

    /** Eight hex digits of Unix seconds, then random hex: real video ids start with their creation time. */
    public static String timePrefixed(long epochSecond, int randomLength) {
        char[] prefix = new char[8];
        for (int i = 7; i >= 0; i--) {
            prefix[i] = HEX[(int) (epochSecond & 0xF)];
            epochSecond >>>= 4;
        }
        return new String(prefix) + hex(randomLength);
    }

    /**
     * A lowercase ULID: 10 base32 digits of Unix milliseconds, then 16 random ones (26 in all), the
     * shape of sora.com's {@code task_01...} and {@code gen_01...} ids.
     */
    public static String ulid(long epochMilli) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] out = new char[26];
        for (int i = 9; i >= 0; i--) {
            out[i] = CROCKFORD[(int) (epochMilli & 31)];
            epochMilli >>>= 5;
        }
        for (int i = 10; i < 26; i++) {
            out[i] = CROCKFORD[random.nextInt(32)];
        }
        return new String(out);
    }
}
