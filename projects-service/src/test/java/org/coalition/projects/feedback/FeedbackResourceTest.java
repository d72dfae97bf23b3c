package org.coalition.projects.feedback;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.coalition.projects.Fixtures;
import org.coalition.projects.community.Communities;
import org.coalition.projects.project.Projects;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FeedbackResourceTest {

    private record Setting(String communityId, String projectId, UUID lead, UUID peer) {

        String feedback() {
            return "/v1/projects/" + projectId + "/feedback";
        }
    }

    private static Setting setting() throws Exception {
        Projects in = Projects.inNewCommunity();
        String projectId = Projects.createId(in.project("Feedback " + UUID.randomUUID()));
        UUID peer = Fixtures.person("Peer " + UUID.randomUUID());
        Communities.addMember(in.communityId, peer, "member");
        return new Setting(in.communityId, projectId, in.lead, peer);
    }

    private static Map<String, Object> advice(UUID author, String kind) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("authorPersonId", author.toString());
        body.put("kind", kind);
        body.put("body", "In Sabah we got principals on board first; the parent-teacher associations followed.");
        return body;
    }

    @Test
    void aPeerAdvisesAndTheLeadsResolveIt() throws Exception {
        Setting s = setting();
        String path = given().contentType("application/json").body(advice(s.peer(), "advice")).post(s.feedback())
                .then().statusCode(201).header("ETag", "\"0\"")
                .body("kind", equalTo("advice")).body("resolved", equalTo(false))
                .body("authorName", notNullValue()).body("communityId", equalTo(s.communityId()))
                .extract().header("Location");
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body(Map.of("resolved", true))
                .patch(path).then().statusCode(200).header("ETag", "\"1\"").body("resolved", equalTo(true));
        Map<String, Object> resource = advice(s.peer(), "resource");
        resource.put("url", "https://www.unesco.org/gem-report/en");
        given().contentType("application/json").body(resource).post(s.feedback()).then().statusCode(201);
        given().get(s.feedback()).then().statusCode(200).body("items", hasSize(2));
        given().get(s.feedback() + "?resolved=false").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].kind", equalTo("resource"));
        given().get(s.feedback() + "?kind=advice&resolved=true").then().statusCode(200).body("items", hasSize(1));
        given().get("/v1/communities/" + s.communityId() + "/feedback?authorPersonId=" + s.peer()).then()
                .statusCode(200).body("items", hasSize(2));
    }

    @Test
    void feedbackComesFromPeersNotFromTheLeadsOrOutsiders() throws Exception {
        Setting s = setting();
        given().contentType("application/json").body(advice(s.lead(), "question")).post(s.feedback()).then()
                .statusCode(422).body("errors[0].field", equalTo("authorPersonId"))
                .body("errors[0].message", containsString("leads this project"));
        given().contentType("application/json").body(advice(UUID.randomUUID(), "question")).post(s.feedback()).then()
                .statusCode(422).body("errors[0].message", containsString("not a member"));
        String path = given().contentType("application/json").body(advice(s.peer(), "question")).post(s.feedback())
                .then().statusCode(201).extract().header("Location");
        given().contentType("application/merge-patch+json").body(Map.of("authorPersonId", s.lead().toString()))
                .patch(path).then().statusCode(422);
    }

    @Test
    void badInputIsAClearProblem() throws Exception {
        Setting s = setting();
        given().contentType("application/json").body(advice(s.peer(), "praise")).post(s.feedback()).then()
                .statusCode(400).body("errors[0].field", equalTo("kind"));
        Map<String, Object> body = advice(s.peer(), "resource");
        body.put("url", "javascript:alert(1)");
        given().contentType("application/json").body(body).post(s.feedback()).then().statusCode(400)
                .body("errors[0].field", equalTo("url"));
        given().get(s.feedback() + "?resolved=maybe").then().statusCode(400).body("errors[0].field", equalTo("resolved"));
        given().get("/v1/communities/" + UUID.randomUUID() + "/feedback").then().statusCode(404);
        String path = given().contentType("application/json").body(advice(s.peer(), "advice")).post(s.feedback())
                .then().statusCode(201).extract().header("Location");
        given().header("If-Match", "\"3\"").delete(path).then().statusCode(412);
        given().delete(path).then().statusCode(204);
        given().get(path).then().statusCode(404);
    }
}
