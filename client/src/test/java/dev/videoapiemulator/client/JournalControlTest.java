package dev.videoapiemulator.client;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static dev.videoapiemulator.client.Refusals.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JournalControlTest extends IsolatedEmulatorTest {

    private static final JournalFilter CREATES = JournalFilter.any().method("POST").path("/v1/videos");

    private final JournalControl journal = scoped.journal();

    JournalControlTest(RunningEmulator running) {
        super(running);
    }

    @Test
    void findShowsTheScopedTestsRequests() {
        api.createVideo("journaled");
        awaitEntries(1);
        JournalEntry entry = journal.find(JournalFilter.any()).data().get(0);
        assertEquals("POST", entry.method());
        assertEquals("/v1/videos", entry.path());
        assertEquals(200, entry.status());
        assertEquals(key, entry.key());
        assertEquals(testId, entry.testId());
        assertEquals("openai", entry.profile());
        assertFalse(entry.duration().isNegative());
    }

    @Test
    void findFiltersAndLimits() {
        Instant since = emulator.clock().now();
        api.createVideo("one");
        api.createVideo("two");
        awaitEntries(2);
        JournalFilter filter = CREATES.key(key).profile("openai").status(200).since(since).pathRegex("/v1/vid.*");
        assertEquals(2, journal.find(filter).data().size());
        Page<JournalEntry> newest = journal.find(filter, 1);
        assertEquals(1, newest.data().size());
        assertTrue(newest.hasMore());
        assertEquals(List.of(), journal.find(filter.status(404)).data());
        assertEquals(List.of(), journal.find(filter.scenario("nothing-answered")).data());
    }

    @Test
    void findRefusesABadRegex() {
        EmulatorException refused = assertRefused(400, () -> journal.find(JournalFilter.any().pathRegex("(")));
        assertEquals("path_regex", refused.param());
    }

    @Test
    void countCountsMatchingEntries() {
        api.createVideo("counted");
        api.createVideo("counted too");
        awaitEntries(2);
        assertEquals(2, journal.count(CREATES));
        assertEquals(0, journal.count(CREATES.status(500)));
        assertEquals(2, emulator.journal().count(CREATES.testId(testId)));
    }

    @Test
    void clearForgetsTheScopedTestsEntriesOnly() {
        String other = Fresh.testId();
        api.createVideo("mine");
        new VideoApi(emulator, key, other).createVideo("theirs");
        awaitEntries(1);
        Await.until("the other test's entry", () -> emulator.journal().count(JournalFilter.any().testId(other)) == 1);
        journal.clear();
        assertEquals(0, journal.count(JournalFilter.any()));
        assertEquals(1, emulator.journal().count(JournalFilter.any().testId(other)));
    }

    @Test
    void verifyPassesWhenTheCountIsAsExpected() {
        api.createVideo("verified");
        awaitEntries(1);
        assertDoesNotThrow(() -> journal.verify(CREATES));
        assertDoesNotThrow(() -> journal.verify(1, CREATES));
        assertDoesNotThrow(() -> journal.verify(ExpectedCount.never(), CREATES.status(500)));
        assertDoesNotThrow(() -> journal.verify(ExpectedCount.atMost(1), CREATES));
    }

    @Test
    void verifyListsTheNearMissesAndWhatTheyMiss() {
        api.createVideo("near miss");
        awaitEntries(1);
        JournalVerificationException failed = assertThrows(JournalVerificationException.class,
                () -> journal.verify(JournalFilter.any().method("GET").path("/v1/videos").key(key)));
        String message = failed.getMessage();
        assertTrue(message.contains("Expected at least 1 journal entries matching"), message);
        assertTrue(message.contains("but found 0"), message);
        assertTrue(message.contains("POST /v1/videos -> 200"), message);
        assertTrue(message.contains("misses method=GET"), message);
        assertFalse(message.contains("misses method=GET, "), "only the one criterion it misses: " + message);
    }

    @Test
    void verifyOfTooManyListsTheMatches() {
        api.createVideo("one too many");
        api.createVideo("two too many");
        awaitEntries(2);
        JournalVerificationException failed = assertThrows(JournalVerificationException.class,
                () -> journal.verify(1, CREATES));
        assertTrue(failed.getMessage().contains("Expected exactly 1"), failed.getMessage());
        assertTrue(failed.getMessage().contains("Matching requests"), failed.getMessage());
    }

    private void awaitEntries(int count) {
        Await.until(count + " journal entries", () -> journal.count(JournalFilter.any()) >= count);
    }
}
