package org.coalition.gateway.auth;

/** A request whose credential is missing or not valid: a 401 with a challenge. */
public class AuthenticationFailed extends RuntimeException {

    private final String challenge;

    public AuthenticationFailed(String detail, String challenge) {
        super(detail, null, false, false);
        this.challenge = challenge;
    }

    public String challenge() {
        return challenge;
    }
}
