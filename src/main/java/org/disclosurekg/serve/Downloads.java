package org.disclosurekg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The dumps of one load, written once into a directory and listed with their sizes and SHA-256 sums
 * ({@code SHA256SUMS} in the format {@code sha256sum -c} reads).
 */
public final class Downloads {
    /** The checksum file's name. */
    public static final String SUMS = "SHA256SUMS";

    private final Path directory;
    private final List<Download> files;

    private Downloads(Path directory, List<Download> files) {
        this.directory = directory;
        this.files = List.copyOf(files);
    }

    /** What each dump is: name, media type, Chinese and English title. */
    private static final List<String[]> KINDS = List.of(
            new String[] {"graph.ttl", "text/turtle; charset=utf-8", "全部数据（Turtle）", "the whole graph, Turtle"},
            new String[] {"graph.nt.gz", "application/gzip", "全部数据（N-Triples，gzip 压缩）",
                "the whole graph, N-Triples, gzipped"},
            new String[] {"graph.jsonld", "application/ld+json", "全部数据（JSON-LD）", "the whole graph, JSON-LD"},
            new String[] {"dataset.nq.gz", "application/gzip", "各报告命名图（N-Quads，gzip 压缩）",
                "every named graph (one per report), N-Quads, gzipped"},
            new String[] {"observations.csv", "text/csv; charset=utf-8", "全部数字（整洁 CSV）",
                "every stated number, tidy CSV"});

    /**
     * Writes every dump of the dataset and the CSV into the directory (created if needed).
     *
     * @param observationsCsv the tidy CSV, or {@code null} when it is not known (it is then not offered)
     */
    public static Downloads write(Path directory, DatasetGraph dataset, String observationsCsv) throws IOException {
        Files.createDirectories(directory);
        Txn.executeRead(dataset, () -> {
            write(directory, "graph.ttl", out -> RDFDataMgr.write(out, dataset.getDefaultGraph(),
                    RDFFormat.TURTLE_BLOCKS));
            write(directory, "graph.nt.gz", out -> gzip(out, o -> RDFDataMgr.write(o, dataset.getDefaultGraph(),
                    RDFFormat.NTRIPLES)));
            write(directory, "graph.jsonld", out -> RDFDataMgr.write(out, dataset.getDefaultGraph(),
                    RDFFormat.JSONLD11_FLAT));
            write(directory, "dataset.nq.gz", out -> gzip(out, o -> RDFDataMgr.write(o, dataset, RDFFormat.NQUADS)));
        });
        Files.deleteIfExists(directory.resolve("observations.csv"));
        if (observationsCsv != null) {
            write(directory, "observations.csv", out -> out.write(observationsCsv.getBytes(StandardCharsets.UTF_8)));
        }
        List<Download> files = new ArrayList<>();
        for (String[] kind : KINDS) {
            Path file = directory.resolve(kind[0]);
            if (Files.isRegularFile(file)) {
                files.add(describe(file, kind[0], sha256(file)));
            }
        }
        Files.writeString(directory.resolve(SUMS), sums(files), StandardCharsets.UTF_8);
        return new Downloads(directory, files);
    }

    /** The dumps already in the directory, when its {@code SHA256SUMS} lists them all and they still match. */
    public static Optional<Downloads> open(Path directory) throws IOException {
        Path sums = directory.resolve(SUMS);
        if (!Files.isRegularFile(sums)) {
            return Optional.empty();
        }
        List<Download> files = new ArrayList<>();
        for (String line : Files.readAllLines(sums, StandardCharsets.UTF_8)) {
            String[] parts = line.split(" [ *]", 2);
            if (parts.length < 2 || !Files.isRegularFile(directory.resolve(parts[1]))
                    || !sha256(directory.resolve(parts[1])).equals(parts[0])) {
                return Optional.empty();
            }
            Path file = directory.resolve(parts[1]);
            files.add(describe(file, parts[1], parts[0]));
        }
        return Optional.of(new Downloads(directory, files));
    }

    /** The dumps, in the order they are listed. */
    public List<Download> files() {
        return files;
    }

    /** The dump of this name, if there is one. */
    public Optional<Download> file(String name) {
        return files.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    /** Where a dump's bytes are. */
    public Path path(Download file) {
        return directory.resolve(file.name());
    }

    /** The bytes of {@code SHA256SUMS}. */
    public byte[] sums() {
        return sums(files).getBytes(StandardCharsets.UTF_8);
    }

    private static String sums(List<Download> files) {
        StringBuilder sb = new StringBuilder();
        files.forEach(f -> sb.append(f.sha256()).append("  ").append(f.name()).append('\n'));
        return sb.toString();
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private static void write(Path directory, String name, Writing writing) {
        Path file = directory.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            writing.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void gzip(OutputStream out, Writing writing) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        writing.to(gz);
        gz.finish();
    }

    /** The listing entry of a dump file. */
    private static Download describe(Path file, String name, String sha256) {
        String[] kind = KINDS.stream().filter(k -> k[0].equals(name)).findFirst()
                .orElse(new String[] {name, "application/octet-stream", name, name});
        return new Download(name, kind[1], size(file), sha256, kind[2], kind[3]);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
