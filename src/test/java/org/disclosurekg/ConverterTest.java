package org.disclosurekg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConverterTest {
    @TempDir
    Path dir;

    @Test
    void twoFilesOfOneReportGetTwoReportIris() throws IOException {
        Path seed = Path.of("seeds", "420105-2020-hanyang.txt");
        Files.copy(seed, dir.resolve("a.txt"));
        Files.writeString(dir.resolve("b.txt"), Files.readString(seed) + "\n\n");
        Converter.Batch batch = new Converter().convertAll(List.of(dir));
        assertEquals(2, batch.reports().size());
        String first = batch.reports().get(0).reportIri();
        String second = batch.reports().get(1).reportIri();
        assertNotEquals(first, second);
        assertTrue(second.startsWith(first + "/"), second);
        assertEquals("a.txt", batch.reports().get(0).file().getFileName().toString());
    }

    @Test
    void aBadFileIsRecordedAndTheOthersStillConvert() throws IOException {
        Files.copy(Path.of("seeds", "431002-2018-beihu.txt"), dir.resolve("good.txt"));
        Files.writeString(dir.resolve("bad.pdf"), "not a pdf at all");
        Files.writeString(dir.resolve("notes.md"), "ignored: not a report extension");
        Converter.Batch batch = new Converter().convertAll(List.of(dir, dir.resolve("missing.txt")));
        assertEquals(List.of("good.txt"), batch.reports().stream().map(r -> r.file().getFileName().toString()).toList());
        assertEquals(2, batch.failures().size(), batch.failures().toString());
        assertTrue(batch.failures().stream().anyMatch(f -> f.file().endsWith("bad.pdf")
                && f.reason().contains("no Chinese text")), batch.failures().toString());
        assertTrue(batch.failures().stream().anyMatch(f -> f.file().endsWith("missing.txt")
                && f.reason().equals("no such file or directory")), batch.failures().toString());
    }
}
