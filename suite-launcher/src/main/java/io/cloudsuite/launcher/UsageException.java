package io.cloudsuite.launcher;

/** A command line the launcher cannot act on; the message says what to type instead. */
final class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
