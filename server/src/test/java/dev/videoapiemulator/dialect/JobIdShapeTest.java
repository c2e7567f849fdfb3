package dev.videoapiemulator.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.videoapiemulator.dialect.kling.KlingDialect;
import dev.videoapiemulator.dialect.klingofficial.KlingOfficialDialect;
import dev.videoapiemulator.dialect.newapi.NewApiDialect;
import dev.videoapiemulator.dialect.openai.OpenAiDialect;
import dev.videoapiemulator.dialect.openairelay.OpenAiRelayDialect;
import dev.videoapiemulator.dialect.sorarelay.SoraRelayDialect;
import dev.videoapiemulator.dialect.soratask.SoraTaskDialect;
import dev.videoapiemulator.dialect.veo.VeoDialect;
import dev.videoapiemulator.engine.JobStatus;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each dialect's id shape takes the ids it makes and a hand-written one, and its status words name every status. */
class JobIdShapeTest {

    static Stream<Arguments> dialects() {
        return Stream.of(
                Arguments.of(new OpenAiDialect(), "video_123", List.of("123", "video_", "video_1 2", "task_1")),
                Arguments.of(new OpenAiRelayDialect(), "video_3f2a-b1", List.of("video_", "video_a_b", "task_1")),
                Arguments.of(new VeoDialect(), "video_3f2a-b1", List.of("video_", "task_1")),
                Arguments.of(new KlingDialect(), "task_123", List.of("task_", "video_1", "task_1-2")),
                Arguments.of(new SoraTaskDialect(), "task_123", List.of("task_", "video_1")),
                Arguments.of(new SoraRelayDialect(), "sora-2:task_123", List.of("task_123", ":task_1",
                        "sora-2:task_", "sora 2:task_1")),
                Arguments.of(new KlingOfficialDialect(), "860412345678901234", List.of("task_1", "12a", "")),
                Arguments.of(new NewApiDialect(), "task_123", List.of("task_", "video_1", "task_1-2")));
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void theShapeTakesMadeAndHandWrittenIdsAndRefusesOthers(Dialect dialect, String handWritten, List<String> wrong) {
        String made = dialect.newJobId(Instant.now(), dialect.declaredDefaults());
        assertTrue(dialect.jobIds().matches(made), dialect.name() + " makes " + made);
        assertTrue(dialect.jobIds().matches(handWritten), handWritten);
        for (String id : wrong) {
            assertFalse(dialect.jobIds().matches(id), dialect.name() + " takes " + id);
        }
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void theStatusWordsNameEveryStatusOnce(Dialect dialect, String handWritten, List<String> wrong) {
        assertEquals(EnumSet.allOf(JobStatus.class), Set.copyOf(dialect.statusWords().values()));
        assertEquals(JobStatus.values().length, dialect.statusWords().size());
    }
}
