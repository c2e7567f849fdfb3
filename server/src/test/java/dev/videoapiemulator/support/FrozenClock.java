package dev.videoapiemulator.support;

import static io.restassured.RestAssured.given;

/** Stops the emulator's clock for the length of a block, so steps of a timeline can be checked exactly. */
public final class FrozenClock implements AutoCloseable {

    private FrozenClock() {
        given().post("/__emulator/clock/freeze").then().statusCode(200);
    }

    public static FrozenClock freeze() {
        return new FrozenClock();
    }

    @Override
    public void close() {
        given().post("/__emulator/clock/thaw").then().statusCode(200);
    }
}
