package dev.videoapiemulator.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * A job of a fixture file and the line it starts on, so that what is wrong with it, found now or
 * once its profile reads it, names its line.
 */
@JsonDeserialize(using = LocatedJob.Reader.class)
public record LocatedJob(JobFixture job, int line) {

    static final class Reader extends StdDeserializer<LocatedJob> {

        Reader() {
            super(LocatedJob.class);
        }

        @Override
        public LocatedJob deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            int line = p.currentTokenLocation().getLineNr();
            try {
                return new LocatedJob(ctxt.readValue(p, JobFixture.class), line);
            } catch (JsonMappingException e) {
                // The job's own checks run once all of it is read: name its start, not where reading stopped.
                if (e.getCause() instanceof FixtureFieldError refused && refused.line() == 0) {
                    throw JsonMappingException.from(p, refused.getMessage(),
                            new FixtureFieldError(refused.field(), refused.getMessage(), line));
                }
                throw e;
            }
        }
    }
}
