package dev.videoapiemulator.dialect.sorarelay;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.videoapiemulator.engine.VideoCharacter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A character as the relay answers it; its username is what prompts mention as {@code @username}. */
@Schema(name = "SoraRelayCharacter")
public record RelayCharacterView(String id, String username, String permalink,
        @JsonProperty("profile_picture_url") String profilePictureUrl) {

    private static final String PROFILES = "https://sora.chatgpt.com/profile/";
    private static final String PICTURES = "https://videos.openai.com/emulator/characters/";

    static RelayCharacterView of(VideoCharacter character) {
        return new RelayCharacterView(character.id(), character.name(), PROFILES + character.name(),
                PICTURES + character.id() + ".jpg");
    }
}
