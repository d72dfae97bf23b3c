package org.coalition.meetings.actionitem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coalition.meetings.Fixtures;
import org.coalition.meetings.meeting.Meetings;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActionItemResourceTest {

    static Map<String, Object> body(String meeting, UUID owner, LocalDate dueOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("meetingId", meeting);
        body.put("title", "Share the draft provincial plan");
        body.put("ownerPersonId", owner.toString());
        body.put("dueOn", dueOn.toString());
        return body;
    }

    @Test
    void followsAnActionItemFromOpenToDone() throws Exception {
        UUID owner = Fixtures.person("Owner");
        UUID project = UUID.randomUUID();
        String meeting = Meetings.past("Agreed here");
        Map<String, Object> body = body(meeting, owner, LocalDate.now().plusDays(10));
        body.put("projectId", project.toString());
        String location = given().contentType("application/json").body(body).post("/v1/action-items").then()
                .statusCode(201).header("ETag", "\"0\"")
                .body("status", equalTo("open"))
                .body("completedAt", nullValue())
                .body("projectId", equalTo(project.toString()))
                .extract().header("Location");

        given().contentType("application/merge-patch+json").body(Map.of("status", "in-progress")).patch(location).then()
                .statusCode(200).body("status", equalTo("in-progress"));
        given().contentType("application/merge-patch+json").body(Map.of("status", "done")).patch(location).then()
                .statusCode(200).body("status", equalTo("done")).body("completedAt", notNullValue());
        given().contentType("application/merge-patch+json").body(Map.of("status", "open")).patch(location).then()
                .statusCode(200).body("completedAt", nullValue());
        given().contentType("application/merge-patch+json").body(Map.of("completedAt", "2024-06-01T10:00:00Z"))
                .patch(location).then().statusCode(400).body("errors[0].field", equalTo("completedAt"));
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"").body(Map.of("title", "Stale"))
                .patch(location).then().statusCode(412);

        given().get("/v1/action-items?meetingId=" + meeting).then().statusCode(200).body("items.size()", equalTo(1));
        given().get("/v1/action-items?projectId=" + project).then().statusCode(200).body("items.size()", equalTo(1));
        given().get("/v1/action-items?ownerPersonId=" + owner + "&status=open").then().body("items.size()", equalTo(1));

        given().delete(location).then().statusCode(204);
        given().get(location).then().statusCode(200).body("status", equalTo("dropped"));
        given().delete(location).then().statusCode(204);
    }

    @Test
    void listsOverdueItemsAndRefusesBadFilters() throws Exception {
        UUID owner = Fixtures.person("Late owner");
        String meeting = Meetings.past("Overdue");
        String late = given().contentType("application/json").body(body(meeting, owner, LocalDate.now().minusDays(3)))
                .post("/v1/action-items").then().statusCode(201).extract().path("id");
        String onTrack = given().contentType("application/json").body(body(meeting, owner, LocalDate.now().plusDays(3)))
                .post("/v1/action-items").then().statusCode(201).extract().path("id");
        given().get("/v1/action-items?overdue=true&meetingId=" + meeting).then().statusCode(200)
                .body("items.id", equalTo(List.of(late)));
        given().get("/v1/action-items?overdue=false&meetingId=" + meeting).then().statusCode(200)
                .body("items.id", equalTo(List.of(onTrack)));
        given().get("/v1/action-items?overdue=yes&status=closed&ownerPartnerId=nope").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", equalTo(List.of("overdue", "ownerPartnerId", "status")));
        given().get("/v1/action-items?colour=red").then().statusCode(400);
        given().accept("text/csv").get("/v1/action-items?meetingId=" + meeting).then().statusCode(200)
                .contentType(startsWith("text/csv"));
    }

    @Test
    void refusesActionItemsWithoutOwnerOrWithBadReferences() throws Exception {
        String meeting = Meetings.past("References");
        Map<String, Object> noOwner = body(meeting, UUID.randomUUID(), LocalDate.now());
        noOwner.remove("ownerPersonId");
        given().contentType("application/json").body(noOwner).post("/v1/action-items").then()
                .statusCode(400).body("errors[0].field", equalTo("ownerPersonId"));
        given().contentType("application/json").body(body(meeting, UUID.randomUUID(), LocalDate.now()))
                .post("/v1/action-items").then().statusCode(422).body("errors[0].field", equalTo("ownerPersonId"));
        given().contentType("application/json")
                .body(body(UUID.randomUUID().toString(), Fixtures.person("Someone"), LocalDate.now()))
                .post("/v1/action-items").then().statusCode(422).body("errors[0].field", equalTo("meetingId"));
        Map<String, Object> archivedOwner = body(meeting, Fixtures.person("Someone else"), LocalDate.now());
        archivedOwner.put("ownerPartnerId", Fixtures.archivedOrganisation().toString());
        given().contentType("application/json").body(archivedOwner).post("/v1/action-items").then()
                .statusCode(409).body("errors[0].field", equalTo("ownerPartnerId"));
        String cancelled = Meetings.future("Cancelled");
        given().contentType("application/json").body(Map.of("reason", "No quorum"))
                .post("/v1/meetings/" + cancelled + "/cancel").then().statusCode(200);
        given().contentType("application/json").body(body(cancelled, Fixtures.person("Third"), LocalDate.now()))
                .post("/v1/action-items").then().statusCode(409).body("errors[0].field", equalTo("meetingId"));
        given().get("/v1/action-items/" + UUID.randomUUID()).then().statusCode(404);
    }
}
