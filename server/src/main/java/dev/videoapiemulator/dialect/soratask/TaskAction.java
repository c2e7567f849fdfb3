package dev.videoapiemulator.dialect.soratask;

import dev.videoapiemulator.api.FieldErrors;
import dev.videoapiemulator.request.RequestFields;
import java.math.BigDecimal;
import java.util.Set;

/** What happens from {@code time} (seconds into the clip) on; the video captions it from then. */
record TaskAction(double time, String description) {

    private static final Set<String> FIELDS = Set.of("time", "description");

    static TaskAction read(RequestFields action, int seconds) {
        action.allowOnly(FIELDS);
        String param = action.path("time");
        double time = action.number("time").orElseThrow(() -> FieldErrors.missing(param).exception());
        if (time < 0) {
            throw FieldErrors.numberBelowMinimum(param, 0, time).exception();
        }
        if (time >= seconds) {
            throw FieldErrors.invalid(param, "Invalid '" + param + "': the clip is " + seconds + " seconds long, so"
                    + " an action must start before second " + seconds + ", but got "
                    + BigDecimal.valueOf(time).stripTrailingZeros().toPlainString() + ".").exception();
        }
        return new TaskAction(time, action.text("description").orElse(""));
    }
}
