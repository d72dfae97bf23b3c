package org.coalition.gateway.routing;

import org.coalition.gateway.AccessFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.coalition.gateway.testing.AdminRequests;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.coalition.gateway.testing.StubService;
import org.coalition.gateway.testing.StubServices;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CsvStreamingTest {

    @BeforeAll
    static void asAdmin() {
        AdminRequests.install();
    }

    @AfterAll
    static void done() {
        AdminRequests.uninstall();
    }

    private static final long MEGABYTE = 1024 * 1024;

    @TestHTTPResource("/")
    URL gateway;

    /**
     * The service stops half-way through a 30 MB export until the client has its first rows: a
     * gateway that buffered the body would never pass them on, and the heap, measured while the
     * export is half sent, would hold it.
     */
    @Test
    void streamsALargeCsvExportWithoutHoldingItInMemory() throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        StubServices.partners.holdCsvHalfWay();
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "v1/partners?country=KH"))
                .header("X-API-Key", AccessFixtures.ADMIN_KEY)
                .header("Accept", "text/csv").GET().build();
        long rows = 0;
        long bytes = 0;
        long heapHalfWay;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertThat(reader.readLine()).isEqualTo("id,name,filler");
            String line = reader.readLine();
            assertThat(line).startsWith("0,Partner 0,");
            assertThat(StubServices.partners.csvFinished()).as("first rows arrived before the export ended").isFalse();
            System.gc();
            heapHalfWay = memory.getHeapMemoryUsage().getUsed();
            StubServices.partners.resumeCsv();
            do {
                rows++;
                bytes += line.length() + 1;
            } while ((line = reader.readLine()) != null);
        }
        assertThat(rows).isEqualTo(StubService.CSV_ROWS);
        assertThat(bytes).isGreaterThan(25 * MEGABYTE);
        assertThat(heapHalfWay - baseline).as("heap growth while half the export was in flight")
                .isLessThan(8 * MEGABYTE);
    }
}
