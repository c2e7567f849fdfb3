package dev.videoapiemulator.client;

/** How many journal entries {@link JournalControl#verify(ExpectedCount, JournalFilter)} expects: a range. */
public record ExpectedCount(long min, long max) {

    public ExpectedCount {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("Expected counts run from 0 up: got " + min + " to " + max);
        }
    }

    public static ExpectedCount exactly(long count) {
        return new ExpectedCount(count, count);
    }

    public static ExpectedCount atLeast(long count) {
        return new ExpectedCount(count, Long.MAX_VALUE);
    }

    public static ExpectedCount atMost(long count) {
        return new ExpectedCount(0, count);
    }

    public static ExpectedCount never() {
        return exactly(0);
    }

    public boolean accepts(long count) {
        return count >= min && count <= max;
    }

    @Override
    public String toString() {
        if (min == max) {
            return "exactly " + min;
        }
        return max == Long.MAX_VALUE ? "at least " + min : min == 0 ? "at most " + max : min + " to " + max;
    }
}
