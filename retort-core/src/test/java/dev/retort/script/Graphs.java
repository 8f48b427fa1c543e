package dev.retort.script;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds revision maps from the notation of revision-semantics.md: {@code id <- d1,d2 deps: x labels: l}. */
final class Graphs {
    private Graphs() {
    }

    static RevisionMap graph(String text) {
        return RevisionMap.of(revisions(text));
    }

    static List<Revision> revisions(String text) {
        List<Revision> out = new ArrayList<>();
        for (String raw : text.strip().split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            String labels = "";
            String deps = "";
            int li = line.indexOf("labels:");
            if (li >= 0) {
                labels = line.substring(li + 7).strip();
                line = line.substring(0, li).strip();
            }
            int di = line.indexOf("deps:");
            if (di >= 0) {
                deps = line.substring(di + 5).strip();
                line = line.substring(0, di).strip();
            }
            String[] parts = line.split("<-", -1);
            out.add(new Revision(parts[0].strip(), list(parts[1]), list(deps), list(labels)));
        }
        return out;
    }

    static List<String> list(String csv) {
        String s = csv.strip();
        if (s.isEmpty() || s.equals("∅")) {
            return List.of();
        }
        return Arrays.stream(s.split(",")).map(String::strip).toList();
    }

    static List<String> ids(List<Revision> revs) {
        return revs.stream().map(r -> r == null ? null : r.id()).toList();
    }
}
