package dev.videoapiemulator.http;

import java.util.List;

/** The verdicts the hostile-input tests give on an answer. */
final class RefusalChecks {

    private RefusalChecks() {
    }

    /** A request the emulator's own code reads must be refused as a JSON 4xx in the envelope of the dialect asked. */
    static void assertJsonRefusal(HostileRequest request, RawHttp.RawAnswer answer) {
        DialectEnvelope envelope = DialectEnvelope.forPath(request.path());
        List<String> problems = envelope.problems(answer);
        if (answer.problem() != null) {
            problems = List.of(answer.problem());
        } else if (answer.closedWithoutAnswer()) {
            problems = List.of("connection closed without an answer");
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(message(request, answer, problems));
        }
    }

    /**
     * A request the HTTP codec refuses before any handler runs: a closed connection or the codec's
     * own 4xx will do, but never a 5xx, a success, or silence.
     */
    static void assertRefusedByCodec(HostileRequest request, RawHttp.RawAnswer answer) {
        if (answer.problem() != null) {
            throw new AssertionError(message(request, answer, List.of(answer.problem())));
        }
        if (answer.closedWithoutAnswer()) {
            return;
        }
        if (answer.status() < 400 || answer.status() > 499) {
            throw new AssertionError(message(request, answer, List.of("status " + answer.status() + " is not a 4xx")));
        }
    }

    /** A body over the limit must be refused as a JSON 413, the one status that tells the client why. */
    static void assertTooLarge(HostileRequest request, RawHttp.RawAnswer answer) {
        assertJsonRefusal(request, answer);
        if (answer.status() != 413) {
            throw new AssertionError(message(request, answer, List.of("status " + answer.status() + " is not 413")));
        }
    }

    private static String message(HostileRequest request, RawHttp.RawAnswer answer, List<String> problems) {
        return "Refused wrongly: " + String.join("; ", problems) + "\nsent:     " + request + "\nanswered: " + answer;
    }
}
