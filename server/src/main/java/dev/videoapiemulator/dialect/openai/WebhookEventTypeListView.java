package dev.videoapiemulator.dialect.openai;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookEventTypeList")
public record WebhookEventTypeListView(@Schema(enumeration = "list") String object, List<String> data) {
}
