package dev.videoapiemulator.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;

/**
 * The control API's JSON: snake_case fields, unknown fields ignored (a newer emulator may answer
 * more than this client knows), and every time an epoch millisecond count, every length a number of
 * milliseconds, as the emulator writes them.
 */
final class EmulatorJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .registerModule(new SimpleModule()
                    .addDeserializer(Instant.class, new EpochMillis())
                    .addDeserializer(Duration.class, new Millis()));

    private EmulatorJson() {
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    static Object read(String json, Type type) {
        try {
            return MAPPER.readValue(json, MAPPER.constructType(type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The emulator answered JSON this client cannot read: " + json, e);
        }
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + value + " as JSON", e);
        }
    }

    private static final class EpochMillis extends StdScalarDeserializer<Instant> {

        EpochMillis() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return Instant.ofEpochMilli(p.getLongValue());
        }
    }

    /** Fractional too: the journal measures requests in fractions of a millisecond. */
    private static final class Millis extends StdScalarDeserializer<Duration> {

        Millis() {
            super(Duration.class);
        }

        @Override
        public Duration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return Duration.ofNanos(Math.round(p.getDoubleValue() * 1_000_000));
        }
    }
}
