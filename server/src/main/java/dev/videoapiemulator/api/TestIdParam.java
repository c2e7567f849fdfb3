package dev.videoapiemulator.api;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The test id a control call names, as a {@code @BeanParam}: its {@code test_id} parameter, else its
 * {@code X-Emulator-Test-Id} header (the one rule of {@link ApiCaller#testIdFrom(String, String)}).
 */
public class TestIdParam {

    @QueryParam("test_id")
    @Parameter(description = "Only this test's share; without it (or the X-Emulator-Test-Id header) the shared one")
    String query;

    @HeaderParam(ApiCaller.TEST_ID_HEADER)
    String header;

    /** Null when the call names none. */
    public String testId() {
        return ApiCaller.testIdFrom(query, header);
    }
}
