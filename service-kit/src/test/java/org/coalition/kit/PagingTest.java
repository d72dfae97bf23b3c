package org.coalition.kit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PagingTest {

    @Test
    void walksEveryRowOnceInIdOrderFollowingNextAndLink() {
        String tag = "paging-" + UUID.randomUUID();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            created.add(given().contentType("application/json")
                    .body("{\"name\":\"" + tag + "-" + i + "\",\"color\":\"green\",\"size\":" + (i + 1) + ",\"tag\":\"" + tag + "\"}")
                    .post("/v1/widgets").then().statusCode(201).extract().path("id"));
        }

        List<String> seen = new ArrayList<>();
        Response page = given().queryParam("tag", tag).queryParam("limit", 10).get("/v1/widgets");
        int pages = 1;
        while (true) {
            page.then().statusCode(200);
            seen.addAll(page.path("items.id"));
            String next = page.path("next");
            if (next == null) {
                assertThat(page.header("Link")).isNull();
                break;
            }
            String link = page.header("Link");
            assertThat(link).contains("rel=\"next\"").contains("tag=" + tag).contains("limit=10");
            String url = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
            page = given().urlEncodingEnabled(false).get(url);
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(created);
    }

    @Test
    void lastPageHasNullNext() {
        given().queryParam("tag", "no-such-tag-" + UUID.randomUUID()).get("/v1/widgets")
                .then().statusCode(200).body("items", hasSize(0)).body("next", nullValue());
    }

    @Test
    void foreignCursorIs400() {
        given().queryParam("cursor", "not-a-cursor").get("/v1/widgets")
                .then().statusCode(400).body("type", equalTo("urn:coalition:problem:bad-cursor"));
    }

    @Test
    void limitOutsideOneTo500Is400() {
        for (String limit : List.of("0", "501", "-3")) {
            given().queryParam("limit", limit).get("/v1/widgets")
                    .then().statusCode(400).body("errors[0].field", equalTo("limit"));
        }
        given().queryParam("limit", "ten").get("/v1/widgets").then().statusCode(400);
    }
}
