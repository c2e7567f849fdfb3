package dev.videoapiemulator;

import dev.videoapiemulator.openapi.BuiltDocument;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the emulator. Before Quarkus starts it turns off Vert.x's own check of request targets,
 * which answers a target that is not a URI (a bad percent-escape) with an empty 400 before any
 * handler runs; the emulator's router answers those itself, in the dialect's JSON envelope. It also
 * keeps the OpenAPI extension from parsing the built document at start ({@link BuiltDocument}).
 */
@QuarkusMain
public final class EmulatorMain {

    static final String URI_VALIDATION = "vertx.disableURIValidation";

    private EmulatorMain() {
    }

    public static void main(String... args) {
        if (System.getProperty(URI_VALIDATION) == null) {
            System.setProperty(URI_VALIDATION, "true");
        }
        BuiltDocument.skipStartupParse();
        Quarkus.run(args);
    }
}
