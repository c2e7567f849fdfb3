package dev.videoapiemulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobTimelineTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant START = T0.plusSeconds(10);
    private static final Instant END = T0.plusSeconds(20);
    private static final JobError ERROR = new JobError("boom", "It broke.");

    private static Instant at(long millisAfterT0) {
        return T0.plusMillis(millisAfterT0);
    }

    private static final JobTimeline COMPLETES = new JobTimeline(START, END, new JobOutcome.Completed());

    @Test
    void theShortConstructorHasNoProgressSteps() {
        assertEquals(List.of(), COMPLETES.progressSteps());
    }

    @ParameterizedTest
    @CsvSource({"0", "9999"})
    void beforeTheStartTheJobIsQueued(long millis) {
        assertEquals(new JobState(JobStatus.QUEUED, 0, null, null), COMPLETES.stateAt(at(millis)));
    }

    @ParameterizedTest
    @CsvSource({
            "10000, 0",
            "10001, 0",
            "10099, 0",
            "10100, 1",
            "15000, 50",
            "17550, 75",
            "19999, 99"})
    void whileProcessingProgressRisesEvenlyToOneHundred(long millis, int progress) {
        assertEquals(new JobState(JobStatus.IN_PROGRESS, progress, null, null), COMPLETES.stateAt(at(millis)));
    }

    @ParameterizedTest
    @CsvSource({"20000", "20001", "86400000"})
    void atAndAfterTheEndTheJobIsCompletedAtTheEnd(long millis) {
        JobState state = COMPLETES.stateAt(at(millis));
        assertEquals(new JobState(JobStatus.COMPLETED, 100, END, null), state);
        assertEquals(END, state.completedAt());
    }

    @ParameterizedTest
    @CsvSource({"10000, 0", "15000, 20", "19999, 39"})
    void aJobFailingAtFortyPercentRisesOnlyToForty(long millis, int progress) {
        JobTimeline fails = new JobTimeline(START, END, new JobOutcome.Failed(ERROR, 40));
        assertEquals(new JobState(JobStatus.IN_PROGRESS, progress, null, null), fails.stateAt(at(millis)));
    }

    @ParameterizedTest
    @CsvSource({"20000", "30000"})
    void aFailedJobEndsAtItsProgressWithItsError(long millis) {
        JobTimeline fails = new JobTimeline(START, END, new JobOutcome.Failed(ERROR, 40));
        JobState state = fails.stateAt(at(millis));
        assertEquals(new JobState(JobStatus.FAILED, 40, END, ERROR), state);
        // a failed job has finished but never completed
        assertNull(state.completedAt());
    }

    @Test
    void aJobFailingAtZeroPercentShowsZeroThroughout() {
        JobTimeline fails = new JobTimeline(START, END, new JobOutcome.Failed(ERROR, 0));
        assertEquals(new JobState(JobStatus.IN_PROGRESS, 0, null, null), fails.stateAt(at(19_999)));
        assertEquals(new JobState(JobStatus.FAILED, 0, END, ERROR), fails.stateAt(END));
    }

    @ParameterizedTest
    @CsvSource({"10000", "15000", "20000", "864000000"})
    void aStuckJobStaysInProgressAtItsPercentageForever(long millis) {
        JobTimeline stuck = new JobTimeline(START, END, new JobOutcome.Stuck(30));
        assertEquals(new JobState(JobStatus.IN_PROGRESS, 30, null, null), stuck.stateAt(at(millis)));
    }

    @Test
    void aStuckJobIsStillQueuedBeforeItsStart() {
        JobTimeline stuck = new JobTimeline(START, END, new JobOutcome.Stuck(30));
        assertEquals(new JobState(JobStatus.QUEUED, 0, null, null), stuck.stateAt(at(9_999)));
    }

    @ParameterizedTest
    @CsvSource({
            "10000, 10",
            "10999, 10",
            "11000, 40",
            "11999, 40",
            "12000, 70",
            "12999, 70"})
    void progressStepsEachTakeAnEqualShare(long millis, int progress) {
        JobTimeline stepped = new JobTimeline(START, START.plusSeconds(3), new JobOutcome.Completed(),
                List.of(10, 40, 70));
        assertEquals(new JobState(JobStatus.IN_PROGRESS, progress, null, null), stepped.stateAt(at(millis)));
    }

    @Test
    void progressStepsGiveWayToTheOutcomeAtTheEnd() {
        JobTimeline stepped = new JobTimeline(START, START.plusSeconds(3), new JobOutcome.Failed(ERROR, 55),
                List.of(10, 40, 70));
        assertEquals(new JobState(JobStatus.FAILED, 55, START.plusSeconds(3), ERROR), stepped.stateAt(at(13_000)));
    }

    @Test
    void aStuckJobIgnoresItsProgressSteps() {
        JobTimeline stuck = new JobTimeline(START, END, new JobOutcome.Stuck(5), List.of(10, 90));
        assertEquals(new JobState(JobStatus.IN_PROGRESS, 5, null, null), stuck.stateAt(at(19_000)));
    }

    @Test
    void aJobWithNoProcessingTimeGoesFromQueuedStraightToItsEnd() {
        JobTimeline instant = new JobTimeline(START, START, new JobOutcome.Completed());
        assertEquals(new JobState(JobStatus.QUEUED, 0, null, null), instant.stateAt(at(9_999)));
        assertEquals(new JobState(JobStatus.COMPLETED, 100, START, null), instant.stateAt(START));
    }

    @Test
    void endingAProcessingJobKeepsItsStartAndEndsItNow() {
        JobTimeline stepped = new JobTimeline(START, END, new JobOutcome.Completed(), List.of(10, 90));
        Instant now = at(12_000);

        JobTimeline ended = stepped.endingAt(now, new JobOutcome.Failed(ERROR, 20));

        assertEquals(new JobTimeline(START, now, new JobOutcome.Failed(ERROR, 20), List.of()), ended);
        assertEquals(new JobState(JobStatus.FAILED, 20, now, ERROR), ended.stateAt(now));
        // before now the job still reads as it did: in progress, now rising to the new outcome's 20
        assertEquals(new JobState(JobStatus.IN_PROGRESS, 10, null, null), ended.stateAt(at(11_000)));
    }

    @Test
    void endingAQueuedJobStartsAndEndsItNow() {
        Instant now = at(5_000);
        JobTimeline ended = COMPLETES.endingAt(now, new JobOutcome.Completed());
        assertEquals(new JobTimeline(now, now, new JobOutcome.Completed()), ended);
        assertEquals(new JobState(JobStatus.COMPLETED, 100, now, null), ended.stateAt(now));
        assertEquals(new JobState(JobStatus.QUEUED, 0, null, null), ended.stateAt(at(4_999)));
    }

    @Test
    void endingAJobAtItsStartInstantKeepsThatStart() {
        JobTimeline ended = COMPLETES.endingAt(START, new JobOutcome.Completed());
        assertEquals(new JobTimeline(START, START, new JobOutcome.Completed()), ended);
    }

    @Test
    void endingAJobAsStuckHoldsItInProgress() {
        Instant now = at(15_000);
        JobTimeline held = COMPLETES.endingAt(now, new JobOutcome.Stuck(80));
        assertEquals(new JobState(JobStatus.IN_PROGRESS, 80, null, null), held.stateAt(now));
        assertEquals(new JobState(JobStatus.IN_PROGRESS, 80, null, null), held.stateAt(at(99_000)));
    }

    @Test
    void endingAnEndedJobAgainMovesItsEndToNow() {
        Instant now = at(25_000);
        JobTimeline again = COMPLETES.endingAt(now, new JobOutcome.Failed(ERROR, 100));
        assertEquals(new JobTimeline(START, now, new JobOutcome.Failed(ERROR, 100)), again);
        assertEquals(new JobState(JobStatus.IN_PROGRESS, 66, null, null), again.stateAt(at(20_000)));
        assertEquals(new JobState(JobStatus.FAILED, 100, now, ERROR), again.stateAt(now));
    }
}
