package org.marsad.cli;

/** A command could not do its job for a reason the user can act on; printed without a stack trace. */
final class CommandFailure extends RuntimeException {
    CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
