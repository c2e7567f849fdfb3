package dev.videoapiemulator.openapi;

import io.quarkus.smallrye.openapi.runtime.OpenApiConstants;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Set;

/**
 * The OpenAPI document as the build wrote it, in JSON and YAML: every filter of the project runs at
 * build time, so these bytes are the whole document. Quarkus 3.37's extension would read them back
 * into a model and write them out again on every start (about half of the start-up thread's work);
 * {@link #skipStartupParse} hides them from it, and {@link DocumentRoute} serves them as they are.
 */
public final class BuiltDocument {

    static final String JSON = OpenApiConstants.BASE_NAME + ".JSON";
    static final String YAML = OpenApiConstants.BASE_NAME + ".YAML";
    private static final Set<String> NAMES = Set.of(JSON, YAML);

    private BuiltDocument() {
    }

    /**
     * Called before Quarkus starts: the extension looks its document up through
     * {@link OpenApiConstants#classLoader} when set, finds none there, and keeps an empty one it never
     * serves, because {@link DocumentRoute} answers first.
     */
    public static void skipStartupParse() {
        OpenApiConstants.classLoader = hiding(Thread.currentThread().getContextClassLoader());
    }

    /** A loader that is {@code parent} but for the built document. */
    static ClassLoader hiding(ClassLoader parent) {
        return new ClassLoader(parent) {
            @Override
            public URL getResource(String name) {
                return NAMES.contains(name) ? null : super.getResource(name);
            }
        };
    }

    static byte[] read(String name) {
        try (InputStream in = BuiltDocument.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the build wrote no " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
