package dev.videoapiemulator.engine;

/** How a job's life ends once its timeline runs out. */
public sealed interface JobOutcome {

    /** Progress reached when the job ends this way. */
    int finalProgress();

    record Completed() implements JobOutcome {
        @Override
        public int finalProgress() {
            return 100;
        }
    }

    record Failed(JobError error, int finalProgress) implements JobOutcome {
    }

    /** Never ends: stays in progress at the given percentage. */
    record Stuck(int finalProgress) implements JobOutcome {
    }
}
