package dev.panel.security.sso;

/** A single sign-on that did not end in a signed-in session: the message is the sentence the person reads. */
final class SingleSignOnFailure extends Exception {

    SingleSignOnFailure(String message) {
        super(message);
    }

    SingleSignOnFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
