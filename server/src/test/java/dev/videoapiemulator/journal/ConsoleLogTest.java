package dev.videoapiemulator.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The console log's line: what a person scanning a terminal needs, the key by its last 4 characters. */
class ConsoleLogTest {

    @Test
    void oneLinePerRequest() {
        JournalEntry entry = new JournalEntry(7, 0, "openai", "sk-test-abcd1234", null, "POST", "/v1/videos", null,
                200, "slow-create", 3.456, null);
        assertEquals("POST /v1/videos openai key=****1234 200 3.5ms scenario=slow-create", ConsoleLog.line(entry));
    }

    @Test
    void absentFieldsAreDashes() {
        JournalEntry entry = new JournalEntry(8, 0, null, null, "suite-a", "GET", "/nowhere", "a=1", 404, null, 0.25,
                null);
        assertEquals("GET /nowhere?a=1 - key=- 404 0.3ms scenario=-", ConsoleLog.line(entry));
    }
}
