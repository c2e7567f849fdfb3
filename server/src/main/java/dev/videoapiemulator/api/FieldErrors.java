package dev.videoapiemulator.api;

import java.util.List;

/** OpenAI's wording for parameters that break a rule. One place, so every dialect says it the same way. */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static ApiError missing(String param) {
        return ApiError.badRequest("Missing required parameter: '" + param + "'.", param, "missing_required_parameter");
    }

    public static ApiError unknown(String param) {
        return ApiError.badRequest("Unknown parameter: '" + param + "'.", param, "unknown_parameter");
    }

    public static ApiError wrongType(String param, String expected, String got) {
        return ApiError.badRequest("Invalid type for '" + param + "': expected " + expected + ", but got " + got
                + " instead.", param, "invalid_type");
    }

    public static ApiError notOneOf(String param, String value, List<String> supported) {
        return ApiError.badRequest("Invalid value: '" + value + "'. Supported values are: " + quotedList(supported) + ".",
                param, "invalid_value");
    }

    public static ApiError tooShort(String param, int min, int length) {
        return ApiError.badRequest("Invalid '" + param + "': string too short. Expected a string with minimum length "
                + min + ", but got a string with length " + length + " instead.", param, "string_below_min_length");
    }

    public static ApiError tooLong(String param, int max, int length) {
        return ApiError.badRequest("Invalid '" + param + "': string too long. Expected a string with maximum length "
                + max + ", but got a string with length " + length + " instead.", param, "string_above_max_length");
    }

    public static ApiError emptyArray(String param) {
        return ApiError.badRequest("Invalid '" + param + "': empty array. Expected an array with minimum length 1,"
                + " but got an empty array instead.", param, "empty_array");
    }

    public static ApiError notInteger(String param, String value) {
        return ApiError.badRequest("Invalid '" + param + "': expected an integer, but got '" + value + "' instead.",
                param, "invalid_type");
    }

    public static ApiError belowMinimum(String param, long min, long value) {
        return belowMinimum(param, min, String.valueOf(value));
    }

    /** {@code value} as the client wrote it, which may lie outside what a long holds. */
    public static ApiError belowMinimum(String param, long min, String value) {
        return ApiError.badRequest("Invalid '" + param + "': integer below minimum value. Expected a value >= " + min
                + ", but got " + value + " instead.", param, "integer_below_min_value");
    }

    public static ApiError aboveMaximum(String param, long max, long value) {
        return aboveMaximum(param, max, String.valueOf(value));
    }

    public static ApiError aboveMaximum(String param, long max, String value) {
        return ApiError.badRequest("Invalid '" + param + "': integer above maximum value. Expected a value <= " + max
                + ", but got " + value + " instead.", param, "integer_above_max_value");
    }

    public static ApiError numberBelowMinimum(String param, double min, double value) {
        return ApiError.badRequest("Invalid '" + param + "': number below minimum value. Expected a value >= "
                + plain(min) + ", but got " + plain(value) + " instead.", param, "number_below_min_value");
    }

    public static ApiError numberAboveMaximum(String param, double max, double value) {
        return ApiError.badRequest("Invalid '" + param + "': number above maximum value. Expected a value <= "
                + plain(max) + ", but got " + plain(value) + " instead.", param, "number_above_max_value");
    }

    public static ApiError invalid(String param, String message) {
        return ApiError.badRequest(message, param, "invalid_value");
    }

    /** 'a' and 'b'; 'a', 'b', and 'c': the way OpenAI lists supported values. */
    public static String quotedList(List<String> values) {
        List<String> quoted = values.stream().map(v -> "'" + v + "'").toList();
        if (quoted.size() == 1) {
            return quoted.get(0);
        }
        if (quoted.size() == 2) {
            return quoted.get(0) + " and " + quoted.get(1);
        }
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + ", and " + quoted.get(quoted.size() - 1);
    }

    /** 8 rather than 8.0, as the client wrote it. */
    private static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
