package dev.videoapiemulator.client;

/**
 * A {@link JournalControl#verify} that did not hold. An {@link AssertionError}, so test frameworks
 * report it as a failed expectation rather than an error.
 */
public class JournalVerificationException extends AssertionError {

    JournalVerificationException(String message) {
        super(message);
    }
}
