package dev.incidents.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchReportTest {
  private static BenchReport.Run run(Target target, int threads, long articles, double seconds) {
    return new BenchReport.Run(target, 1.0, new WarmUp.Result(12, target != Target.STOCK), 40, 100L << 20,
        new Throughput.Measurement(threads, articles, seconds));
  }

  private final BenchReport report = new BenchReport(Map.of("date", "2026-11-21", "cores", "2"), 5, 2906,
      new BenchReport.Schedule(5, 120, 10, 4),
      List.of(run(Target.FAST, 1, 100, 10), run(Target.FAST, 2, 190, 10),
          run(Target.STOCK, 1, 10, 10), run(Target.STOCK, 2, 12, 10)),
      new ColdStart.Result(4000, 4500, 300L << 20), new AnnotationCost.Result(10, 2.0, 2.2),
      new AnnotationCost.Result(32, 2.0, 2.1, List.of(0.04, 0.05, 0.06, 0.05)));

  @Test
  void derivesSpeedUpsAndRatiosFromTheRates() {
    assertThat(report.threadCounts()).containsExactly(1, 2);
    assertThat(report.speedUp(Target.FAST, 2)).hasValueSatisfying(v -> assertThat(v).isCloseTo(1.9, within()));
    assertThat(report.speedUp(Target.FAST, 1)).isEmpty();
    assertThat(report.fastOverStock(1)).hasValueSatisfying(v -> assertThat(v).isCloseTo(10.0, within()));
    assertThat(report.rate(Target.ACCURATE, 1)).isEmpty();
  }

  @Test
  void theTableShowsEveryFigure() {
    assertThat(report.table())
        .contains("fast            2        190       19.00          105     1.90x      1.0         12")
        .contains("stock           1         10        1.00         1000         -      1.0        12*")
        .contains("warm-up 5 s, then until the JIT settles (at most 120 s); 10 s per thread count in 4 alternating turns")
        .contains("fast / stock, 2 thread(s): 15.8x")
        .contains("build to first result 4.0 s")
        .contains("300 MB")
        .contains("+10.0%")
        .contains("  in batches of " + BenchCommand.BATCH
            + ", as extractAll runs them (32 articles): annotation 2.00 s, whole extraction 2.10 s, +5.0%")
        .contains("    per block (4 blocks): median +5.0%, middle half +5.0% to +5.0%");
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
