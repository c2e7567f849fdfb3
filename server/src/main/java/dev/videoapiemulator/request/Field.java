package dev.videoapiemulator.request;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** One parameter of a request body, whether it came as JSON or as a multipart part. */
public sealed interface Field {

    /** The word OpenAI uses for this kind of value in "expected X, but got Y" messages. */
    String kind();

    record Text(String value) implements Field {
        @Override
        public String kind() {
            return "a string";
        }
    }

    /** A JSON value that is not a string or an object: a number, a boolean or an array. */
    record Json(JsonNode node) implements Field {
        @Override
        public String kind() {
            return switch (node.getNodeType()) {
                case NUMBER -> node.isIntegralNumber() ? "an integer" : "a number";
                case BOOLEAN -> "a boolean";
                case ARRAY -> "an array";
                default -> "a value";
            };
        }
    }

    /** A JSON object, or multipart parts named with brackets ({@code video[id]}). */
    record Group(Map<String, Field> fields) implements Field {
        @Override
        public String kind() {
            return "an object";
        }
    }

    record Upload(UploadedFile file) implements Field {
        @Override
        public String kind() {
            return "a file";
        }
    }
}
