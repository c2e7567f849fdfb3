package dev.videoapiemulator.dialect.veo;

import dev.videoapiemulator.dialect.DeclaredDetails;
import java.util.Set;

/** What a Veo job reports beyond the engine's spec: {@code size} as the answer shows it. */
record VeoJobDetails(String reportedSize) {

    /** A declared job's {@code size} as the answer shows it: {@code details.size}, else WIDTHxHEIGHT. */
    static VeoJobDetails declared(DeclaredDetails declared) {
        declared.allowOnly(Set.of("size"));
        return new VeoJobDetails(declared.text("size")
                .orElse(declared.spec().width() + "x" + declared.spec().height()));
    }
}
