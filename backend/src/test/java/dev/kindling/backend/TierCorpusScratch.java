package dev.kindling.backend;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

class TierCorpusScratch {
    @Test
    void corpus() throws Exception {
        Path root = Path.of(System.getProperty("user.dir")).getParent().resolve("tests/js");
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".js")).sorted().toList();
        }
        int fail = 0, pass = 0;
        TierHarness.TRACE = new java.io.PrintStream(new java.io.FileOutputStream("/tmp/tier-trace.txt"), true);
        StringBuilder report = new StringBuilder();
        for (Path f : files) {
            Path out = Path.of(f.toString().replace(".js", ".out"));
            if (!Files.exists(out)) continue;
            String expected = Files.readString(out);
            String source = Files.readString(f);
            for (int n : new int[]{0, 5}) {
                String got;
                try {
                    got = TierHarness.runFile(source, f, true, 1, n);
                } catch (Throwable t) {
                    got = "JAVA: " + t;
                }
                if (!got.equals(expected)) {
                    fail++;
                    report.append(f).append(" n=").append(n).append('\n');
                    String[] e = expected.split("\n"), g = got.split("\n");
                    for (int i = 0; i < Math.max(e.length, g.length); i++) {
                        String a = i < e.length ? e[i] : "<none>", b = i < g.length ? g[i] : "<none>";
                        if (!a.equals(b)) { report.append("   expected: ").append(a).append("\n   got:      ").append(b.length() > 300 ? b.substring(0, 300) : b).append('\n'); break; }
                    }
                    break;
                } else pass++;
            }
        }
        Files.writeString(Path.of("/tmp/tier-corpus.txt"), "pass " + pass + " fail " + fail + "\n" + report);
    }
}
