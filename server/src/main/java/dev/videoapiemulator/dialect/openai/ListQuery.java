package dev.videoapiemulator.dialect.openai;

import dev.videoapiemulator.api.FieldErrors;
import java.util.List;

/** The query of GET /v1/videos, checked as the API checks it. */
record ListQuery(String after, int limit, boolean ascending) {

    private static final List<String> ORDERS = List.of("asc", "desc");

    static ListQuery parse(String after, String limit, String order) {
        return new ListQuery(after == null || after.isEmpty() ? null : after, limit(limit), ascending(order));
    }

    private static int limit(String value) {
        if (value == null || value.isEmpty()) {
            return OpenAiRules.LIST_LIMIT_DEFAULT;
        }
        long limit;
        try {
            limit = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw FieldErrors.notInteger("limit", value).exception();
        }
        if (limit < 1) {
            throw FieldErrors.belowMinimum("limit", 1, limit).exception();
        }
        if (limit > OpenAiRules.LIST_LIMIT_MAX) {
            throw FieldErrors.aboveMaximum("limit", OpenAiRules.LIST_LIMIT_MAX, limit).exception();
        }
        return (int) limit;
    }

    private static boolean ascending(String order) {
        if (order == null || order.isEmpty()) {
            return false;
        }
        if (!ORDERS.contains(order)) {
            throw FieldErrors.notOneOf("order", order, ORDERS).exception();
        }
        return order.equals("asc");
    }
}
