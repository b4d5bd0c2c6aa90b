package org.disclosurekg.read;

import org.disclosurekg.document.SourceRef;
import org.jsoup.nodes.Node;

/** Source lines of parsed HTML nodes, from jsoup's position tracking. */
final class HtmlPositions {
    private HtmlPositions() {
    }

    /** The line of the markup where the node starts, or {@link SourceRef#UNKNOWN} when it was not tracked. */
    static SourceRef of(Node node) {
        var start = node.sourceRange().start();
        return start.isTracked() && start.lineNumber() > 0 ? SourceRef.line(start.lineNumber()) : SourceRef.UNKNOWN;
    }
}
