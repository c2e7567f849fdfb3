package dev.videoapiemulator.dialect.openai;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.videoapiemulator.engine.VideoCharacter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VideoCharacter")
public record CharacterView(String id, String name, @JsonProperty("created_at") long createdAt) {

    static CharacterView of(VideoCharacter character) {
        return new CharacterView(character.id(), character.name(), character.createdAt().getEpochSecond());
    }
}
