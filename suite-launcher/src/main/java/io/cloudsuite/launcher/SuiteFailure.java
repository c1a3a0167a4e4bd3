package io.cloudsuite.launcher;

/** A command that could not do its job for a reason the user can act on; the message says which. */
final class SuiteFailure extends RuntimeException {

    SuiteFailure(String message) {
        super(message);
    }
}
