package org.coalition.gateway.edge;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.coalition.gateway.testing.AdminRequests;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccessLogTest {

    @BeforeAll
    static void asAdmin() {
        AdminRequests.install();
    }

    @AfterAll
    static void done() {
        AdminRequests.uninstall();
    }

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Logger accessLogger = Logger.getLogger("org.coalition.gateway.access");
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            Object[] parameters = record.getParameters();
            lines.add(parameters == null ? record.getMessage() : String.format(record.getMessage(), parameters));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        accessLogger.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        accessLogger.removeHandler(capture);
    }

    @Test
    void writesOneLinePerRequestWithIdRouteStatusAndDuration() {
        given().header("X-Request-Id", "log-proxied-1").get("/v1/groups").then().statusCode(200);
        given().header("X-Request-Id", "log-own-1").get("/v1/no-such-resource").then().statusCode(404);

        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            assertThat(lines).filteredOn(line -> line.contains("requestId=log-proxied-1")).singleElement()
                    .satisfies(line -> assertThat(line).contains("clientId=admin", "method=GET", "path=/v1/groups",
                            "route=partners", "status=200").containsPattern("durationMs=\\d+"));
            assertThat(lines).filteredOn(line -> line.contains("requestId=log-own-1")).singleElement()
                    .satisfies(line -> assertThat(line).contains("route=gateway", "status=404"));
        });
    }
}
