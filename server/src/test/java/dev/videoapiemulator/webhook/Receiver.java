package dev.videoapiemulator.webhook;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import org.awaitility.Awaitility;

/**
 * A webhook receiver on 127.0.0.1 and a free port, as a client's test would run one: it keeps every
 * request it gets and answers with the statuses it is told, 200 once they run out, optionally slowly.
 * Plain HTTP, or HTTPS with the certificate of a given server context.
 */
final class Receiver implements AutoCloseable {

    record Received(String path, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
    private volatile Duration slowness = Duration.ZERO;

    Receiver() {
        this(null);
    }

    /** @param tls the HTTPS server's context; null for plain HTTP */
    Receiver(SSLContext tls) {
        try {
            InetSocketAddress address = new InetSocketAddress("127.0.0.1", 0);
            if (tls == null) {
                server = HttpServer.create(address, 0);
            } else {
                HttpsServer https = HttpsServer.create(address, 0);
                https.setHttpsConfigurator(new HttpsConfigurator(tls));
                server = https;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", exchange -> {
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestURI().getPath(), headers, body));
            try {
                Thread.sleep(slowness.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Integer status = statuses.poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        String scheme = server instanceof HttpsServer ? "https" : "http";
        return scheme + "://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next requests are answered with these statuses, in order. */
    Receiver answering(Integer... next) {
        statuses.addAll(List.of(next));
        return this;
    }

    Receiver slowBy(Duration by) {
        slowness = by;
        return this;
    }

    List<Received> received() {
        return new ArrayList<>(received);
    }

    /** Waits until at least {@code count} requests came, and returns them all. */
    List<Received> awaitCount(int count) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> received.size() >= count);
        return received();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
