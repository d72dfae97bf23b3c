package org.coalition.kit.consumer;

/** An event that can never be applied, whatever the retries: it belongs in the dead-letter topic. */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String reason) {
        super("Poison event: " + reason);
    }
}
