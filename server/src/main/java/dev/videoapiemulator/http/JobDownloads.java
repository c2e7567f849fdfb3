package dev.videoapiemulator.http;

import dev.videoapiemulator.engine.VideoJob;
import dev.videoapiemulator.engine.VideoSpec;
import dev.videoapiemulator.scenario.DownloadAnswer;
import dev.videoapiemulator.media.MediaAsset;
import dev.videoapiemulator.media.MediaLibrary;
import dev.videoapiemulator.media.MediaSubject;
import dev.videoapiemulator.media.MediaVariant;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Serves a job's asset with Range and ETag support. Every dialect downloads through here, after
 * checking in its own words that the job's assets are available.
 */
@Singleton
public class JobDownloads {

    @Inject
    MediaLibrary media;
    @Inject
    MediaResponses responses;
    @Inject
    DownloadFaults faults;

    public Response serve(VideoJob job, MediaVariant variant, String range, String ifNoneMatch) {
        return serve(job, job.id(), variant, range, ifNoneMatch);
    }

    /**
     * Serves one of several distinct renditions of a job (the variants of a task that asked for
     * more than one): {@code assetId} is drawn into the media and names the file.
     */
    public Response serve(VideoJob job, String assetId, MediaVariant variant, String range, String ifNoneMatch) {
        MediaAsset asset = media.asset(subjectOf(job, assetId), variant);
        String fileName = assetId + "." + variant.fileExtension();
        // A job shaped by a scenario downloads as the scenario says.
        if (job.downloadDirective() instanceof DownloadAnswer answer) {
            return faults.serve(answer, asset, fileName, range, ifNoneMatch);
        }
        return responses.serve(asset, fileName, range, ifNoneMatch);
    }

    public static MediaSubject subjectOf(VideoJob job) {
        return subjectOf(job, job.id());
    }

    private static MediaSubject subjectOf(VideoJob job, String assetId) {
        VideoSpec spec = job.spec();
        List<MediaSubject.Caption> captions = spec.overlay().shots().stream()
                .map(shot -> new MediaSubject.Caption(shot.fromSecond(), shot.toSecond(),
                        "Shot " + shot.number() + ": " + shot.scene()))
                .toList();
        return new MediaSubject(assetId, spec.width(), spec.height(), spec.seconds(), spec.prompt(), captions,
                spec.overlay().watermark());
    }
}
