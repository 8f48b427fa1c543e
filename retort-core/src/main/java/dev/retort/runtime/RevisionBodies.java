package dev.retort.runtime;

import dev.retort.script.RevisionScript;
import java.util.Collection;
import java.util.Map;

/** Loads the bodies of the revisions a plan needs (compiling Java revisions in one go). */
public interface RevisionBodies {
    /** The bodies by revision id. */
    Map<String, RevisionBody> load(Collection<RevisionScript> scripts);
}
