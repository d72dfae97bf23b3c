package org.coalition.gateway.routing;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Closed, open or half-open, per service. A small state machine of our own rather than Vert.x's
 * breaker: the proxy needs only "may I send?" and "how did it go?", and the outcome of a streamed
 * exchange is known when the response headers arrive, not when a callback returns.
 */
public final class CircuitBreaker {

    private final int failureThreshold;
    private final long openForNanos;
    private final LongSupplier clock;

    private int consecutiveFailures;
    private long openedAt;
    private boolean open;
    private boolean trialInFlight;

    public CircuitBreaker(int failureThreshold, Duration openFor) {
        this(failureThreshold, openFor, System::nanoTime);
    }

    CircuitBreaker(int failureThreshold, Duration openFor, LongSupplier clock) {
        this.failureThreshold = Math.max(1, failureThreshold);
        this.openForNanos = openFor.toNanos();
        this.clock = clock;
    }

    /** Whether a request may go out now; when half-open, only one trial at a time may. */
    public synchronized boolean tryAcquire() {
        if (!open) {
            return true;
        }
        if (clock.getAsLong() - openedAt < openForNanos || trialInFlight) {
            return false;
        }
        trialInFlight = true;
        return true;
    }

    public synchronized void onSuccess() {
        consecutiveFailures = 0;
        open = false;
        trialInFlight = false;
    }

    public synchronized void onFailure() {
        consecutiveFailures++;
        if (trialInFlight || consecutiveFailures >= failureThreshold) {
            open = true;
            openedAt = clock.getAsLong();
        }
        trialInFlight = false;
    }

    /** Whole seconds until a trial request will be let through; 0 when closed. */
    public synchronized long secondsUntilRetry() {
        if (!open) {
            return 0;
        }
        long remaining = openForNanos - (clock.getAsLong() - openedAt);
        return Math.max(1, Duration.ofNanos(Math.max(0, remaining)).toSeconds() + 1);
    }
}
