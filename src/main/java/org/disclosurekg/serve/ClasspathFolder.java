package org.disclosurekg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The text files of one folder on the class path, whether the classes are a directory or a jar. */
final class ClasspathFolder {
    private ClasspathFolder() {
    }

    /** File name to UTF-8 text, for the files directly in the folder whose names end with the suffix, sorted. */
    static Map<String, String> read(String folder, String suffix) {
        URL url = ClasspathFolder.class.getClassLoader().getResource(folder);
        if (url == null) {
            return Map.of();
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return read(Path.of(uri), suffix);
            }
            try (FileSystem fs = jarFileSystem(uri)) {
                return read(fs.getPath(folder), suffix);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder + " from the class path", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad class-path location " + url, e);
        }
    }

    /** File name to UTF-8 text, for the files directly in the directory whose names end with the suffix, sorted. */
    static Map<String, String> read(Path dir, String suffix) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList()) {
                files.put(p.getFileName().toString(), new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    /** A file system of its own over the jar, so that closing it disturbs no one else's. */
    private static FileSystem jarFileSystem(URI uri) throws IOException {
        String s = uri.getSchemeSpecificPart();
        return FileSystems.newFileSystem(Path.of(URI.create(s.substring(0, s.indexOf("!/")))));
    }
}
