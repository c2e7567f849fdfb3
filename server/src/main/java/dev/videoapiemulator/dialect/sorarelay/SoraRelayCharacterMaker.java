package dev.videoapiemulator.dialect.sorarelay;

import dev.videoapiemulator.api.ApiError;
import dev.videoapiemulator.request.RequestFields;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Set;

/** The character endpoint's rules: exactly one source, a span, and an optional model name it ignores. */
@Singleton
public class SoraRelayCharacterMaker {

    private static final Set<String> FIELDS = Set.of("url", "from_task", "timestamps", "model");

    @Inject
    RelayCharacters characters;

    RelayCharacterView create(RequestFields fields) {
        fields.allowOnly(FIELDS);
        if (!characters.checkSource(fields, RelayCharacters.STANDALONE)) {
            throw ApiError.badRequest("Missing required parameter: provide 'url' or 'from_task' (the video the"
                    + " character is in).", "url", "missing_required_parameter").exception();
        }
        return RelayCharacterView.of(characters.create());
    }
}
