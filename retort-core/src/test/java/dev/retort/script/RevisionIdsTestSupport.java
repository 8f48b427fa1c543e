package dev.retort.script;

import java.util.ArrayList;
import java.util.List;

/** Runs {@link RevisionIds#validate} on the ids of case C08 and collects the messages. */
final class RevisionIdsTestSupport {
    private RevisionIdsTestSupport() {
    }

    static List<String> illegalCharacterMessages() {
        List<String> messages = new ArrayList<>();
        for (String id : List.of("no-dashes", "no@atsigns", "no:colons", "no@atsigns-ordashes", "no+plussignseither")) {
            try {
                RevisionIds.validate(id);
                messages.add("accepted " + id);
            } catch (dev.retort.RetortException e) {
                messages.add(e.getMessage());
            }
        }
        return messages;
    }
}
