package dev.videoapiemulator.http;

import dev.videoapiemulator.http.HostileRequest.Length;
import dev.videoapiemulator.http.HostileRoutes.BodyRoute;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Bodies over the limit to one create route, as a file upload where the route takes one, else as JSON. */
final class OversizeBodies {

    private OversizeBodies() {
    }

    static HostileRequest over(Draw draw, int limitBytes, BodyRoute route, Length length) {
        int size = draw.between(limitBytes + 1, 3 * limitBytes);
        String category = "body over the limit" + (length == Length.CHUNKED ? ", chunked" : ", Content-Length");
        if (route.multipart() && draw.coin()) {
            return HostileRequest.post(category, route.path(), "multipart/form-data; boundary=hostile",
                    Arrays.copyOf(ascii("--hostile\r\nContent-Disposition: form-data; name=\"input_reference\";"
                            + " filename=\"big.png\"\r\nContent-Type: image/png\r\n\r\n"), size)).withLength(length);
        }
        byte[] head = ascii("{\"prompt\":\"");
        byte[] body = Arrays.copyOf(head, size);
        Arrays.fill(body, head.length, size - 2, (byte) 'a');
        body[size - 2] = '"';
        body[size - 1] = '}';
        return HostileRequest.post(category, route.path(), "application/json", body).withLength(length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
