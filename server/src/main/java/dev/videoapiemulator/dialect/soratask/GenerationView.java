package dev.videoapiemulator.dialect.soratask;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.videoapiemulator.engine.VideoJob;

/** One finished variant of a task, with the absolute URL the emulator serves its video at. */
record GenerationView(
        String id,
        @JsonProperty("task_id") String taskId,
        int index,
        String url,
        int width,
        int height,
        @JsonProperty("n_frames") int frames,
        String prompt) {

    static GenerationView of(VideoJob job, SoraTaskDetails details, int index, String baseUrl) {
        String id = details.generationIds().get(index);
        return new GenerationView(id, job.id(), index, contentUrl(baseUrl, job.id(), id), job.spec().width(),
                job.spec().height(), details.frames(), job.spec().prompt());
    }

    static String contentUrl(String baseUrl, String taskId, String generationId) {
        return baseUrl + "/sora/v1/videos/" + taskId + "/generations/" + generationId + "/content";
    }
}
