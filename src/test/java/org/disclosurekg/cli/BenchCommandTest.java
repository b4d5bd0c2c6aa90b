package org.disclosurekg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.disclosurekg.fixtures.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench subcommand prints its summary and fails clearly; its numbers are measured, never asserted. */
class BenchCommandTest {
    @Test
    void printsTheSettingTheTableAndTheHeap() {
        CliRun run = CliRun.of("bench", "--warmup", "0", "--iterations", "1", Seeds.inputs().get(0).toString());
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("1 files, 0 warm-up + 1 measured rounds"), run.out());
        assertTrue(lines.get(1).matches("format +reports +reports/s +mean ms +p95 ms +triples/s"), run.out());
        assertTrue(lines.get(2).matches("text +1 .*"), run.out());
        assertTrue(lines.get(3).startsWith("peak heap "), run.out());
    }

    @Test
    void printsOneRowPerInputFormatAndOneForAll() {
        Path html = Path.of("src/test/resources/corpus/reports/2019_上海市人民政府办公厅.html");
        CliRun run = CliRun.of("bench", "--warmup", "0", "--iterations", "2", Seeds.inputs().get(0).toString(),
                html.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> rows = run.out().lines().skip(2).limit(3).toList();
        assertTrue(rows.get(0).matches("html +2 .*"), run.out());
        assertTrue(rows.get(1).matches("text +2 .*"), run.out());
        assertTrue(rows.get(2).matches("all +4 .*"), run.out());
    }

    @Test
    void failsWhenNothingConverts(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        CliRun run = CliRun.of("bench", "--warmup", "0", "--iterations", "1", empty.toString());
        assertEquals(1, run.exit());
        assertEquals(2, run.errors().size(), run.err());
    }

    @Test
    void noMeasuredRoundIsAUsageError() {
        assertEquals(2, CliRun.of("bench", "--iterations", "0", Seeds.DIR.toString()).exit());
    }
}
