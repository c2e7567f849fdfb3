package dev.videoapiemulator.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;

/** Scenarios added through the control API, and dropped again after each test. */
public final class RuntimeScenarios {

    private RuntimeScenarios() {
    }

    public static void add(String json) {
        given().contentType(ContentType.JSON).body(json).post("/__emulator/scenarios").then().statusCode(201);
    }

    public static void clear() {
        given().delete("/__emulator/scenarios").then().statusCode(204);
    }
}
