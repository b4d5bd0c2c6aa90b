package org.disclosurekg.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The example queries of {@code queries/}, in file-name order. */
public final class ExampleQueries {
    private final List<ExampleQuery> queries;

    public ExampleQueries(List<ExampleQuery> queries) {
        this.queries = List.copyOf(queries);
    }

    /** The queries bundled on the class path. */
    public static ExampleQueries bundled() {
        return of(ClasspathFolder.read("queries", ".rq"));
    }

    /** The queries of a directory of {@code .rq} files. */
    public static ExampleQueries read(Path dir) throws IOException {
        return of(ClasspathFolder.read(dir, ".rq"));
    }

    private static ExampleQueries of(Map<String, String> files) {
        return new ExampleQueries(files.entrySet().stream().map(e -> ExampleQuery.parse(e.getKey(), e.getValue()))
                .toList());
    }

    public List<ExampleQuery> all() {
        return queries;
    }

    /** The query with this file name. */
    public Optional<ExampleQuery> byName(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }
}
