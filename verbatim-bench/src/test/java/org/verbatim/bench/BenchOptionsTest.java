package org.verbatim.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {
    @Test
    void defaultsAreTheAgreedOnes() {
        BenchOptions o = BenchOptions.parse();
        assertThat(List.of(o.forks(), o.warmupIterations(), o.warmupSeconds(), o.iterations(), o.seconds()))
                .containsExactly(1, 3, 2, 5, 2);
        assertThat(o.out()).isEqualTo(Paths.get("target", "bench.json"));
        assertThat(o.shared()).isNull();
        assertThat(o.includes()).isEmpty();
    }

    @Test
    void flagsAndRegexesAreRead() {
        BenchOptions o = BenchOptions.parse("-f", "2", "--warmup-iterations", "0", "-w", "1", "-i", "7", "-r", "3",
                "--shared", "/data/shared", "-o", "x.json", "--jvm-args", " -Xmx1g  -XX:+UseSerialGC ", "parse$");
        assertThat(List.of(o.forks(), o.warmupIterations(), o.warmupSeconds(), o.iterations(), o.seconds()))
                .containsExactly(2, 0, 1, 7, 3);
        assertThat(o.shared()).isEqualTo("/data/shared");
        assertThat(o.out()).isEqualTo(Paths.get("x.json"));
        assertThat(o.jvmArgs()).containsExactly("-Xmx1g", "-XX:+UseSerialGC");
        assertThat(o.includes()).containsExactly("parse$");
    }

    @Test
    void badArgumentsNameTheFlag() {
        assertThatThrownBy(() -> BenchOptions.parse("-i", "many")).hasMessageContaining("-i");
        assertThatThrownBy(() -> BenchOptions.parse("-r")).hasMessageContaining("-r needs a value");
        assertThatThrownBy(() -> BenchOptions.parse("--bogus")).hasMessageContaining("unknown option --bogus");
        assertThatThrownBy(() -> BenchOptions.parse("-f", "0")).hasMessageContaining("forks");
    }

    @Test
    void onlyRegexesFindingAFundusBenchmarkNeedTheCorpus() {
        assertThat(BenchMain.selectsPageBenchmarks(List.of("extractText"))).isFalse();
        assertThat(BenchMain.selectsPageBenchmarks(List.of("extract"))).isTrue();
        assertThat(BenchMain.selectsPageBenchmarks(List.of("Text", "parse"))).isTrue();
    }
}
