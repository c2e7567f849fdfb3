package dev.videoapiemulator.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The random choices behind one generated request. Each case draws from its own seed, derived
 * from the run's seed, its category and its index, so that a reported case comes out the same on
 * a rerun with that seed whatever else ran before it.
 */
final class Draw {

    static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    static final String DIGITS = "0123456789";

    private final SplittableRandom random;

    private Draw(long seed) {
        random = new SplittableRandom(seed);
    }

    static Draw forCase(long seed, String category, int index) {
        return new Draw((seed * 1_000_003L + category.hashCode()) * 1_000_003L + index);
    }

    /** From {@code min} to {@code max}, both included. */
    int between(int min, int max) {
        return random.nextInt(min, max + 1);
    }

    /** From {@code min} included to {@code max} excluded. */
    double between(double min, double max) {
        return random.nextDouble(min, max);
    }

    int anyInt() {
        return random.nextInt();
    }

    boolean coin() {
        return random.nextBoolean();
    }

    /** True about once in {@code n} draws. */
    boolean oneIn(int n) {
        return random.nextInt(n) == 0;
    }

    <T> T of(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    @SafeVarargs
    final <T> T of(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    String from(String alphabet, int minLength, int maxLength) {
        char[] text = new char[between(minLength, maxLength)];
        for (int i = 0; i < text.length; i++) {
            text[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return new String(text);
    }

    String letters(int minLength, int maxLength) {
        return from(LOWER, minLength, maxLength);
    }

    /** An alphabet of the chars from {@code first} to {@code last}, both included, for {@link #from}. */
    static String chars(char first, char last) {
        StringBuilder chars = new StringBuilder(last - first + 1);
        for (char c = first; c <= last; c++) {
            chars.append(c);
        }
        return chars.toString();
    }

    byte[] bytes(int minLength, int maxLength) {
        byte[] bytes = new byte[between(minLength, maxLength)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    <T> List<T> listOf(int minSize, int maxSize, Supplier<T> element) {
        int size = between(minSize, maxSize);
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(element.get());
        }
        return list;
    }

    <T> List<T> shuffled(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        for (int i = copy.size() - 1; i > 0; i--) {
            Collections.swap(copy, i, random.nextInt(i + 1));
        }
        return copy;
    }
}
