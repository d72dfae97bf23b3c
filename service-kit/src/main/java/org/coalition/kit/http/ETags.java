package org.coalition.kit.http;

import jakarta.ws.rs.core.EntityTag;
import org.coalition.kit.problem.ProblemException;
import org.coalition.kit.problem.ProblemType;

/**
 * Row versions as strong entity tags, and the If-Match check that keeps two writers from silently
 * overwriting each other.
 */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Passes when {@code ifMatch} is absent, is {@code *}, or lists the current version's tag; otherwise
     * 412. Weak tags never match, as RFC 9110 requires for If-Match.
     */
    public static void checkIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = "\"" + currentVersion + "\"";
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(current)) {
                return;
            }
            if (!tag.startsWith("W/") && !(tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\""))) {
                throw new ProblemException(ProblemType.BAD_HEADER,
                        "If-Match must list entity tags in double quotes, such as \"3\", as the ETag header gives them.");
            }
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                "If-Match " + ifMatch.trim() + " does not match the current version " + current
                        + ": the resource has changed since you read it. Fetch it again and reapply your change.");
    }
}
