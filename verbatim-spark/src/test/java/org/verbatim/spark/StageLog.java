package org.verbatim.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;

/** SparkBench's per-stage view of a job (-Dbench.stages=true): each stage's wall time, tasks and executor CPU. */
final class StageLog extends SparkListener {
    private final List<String> lines = new ArrayList<>();
    private int jobs;
    private int stages;
    private int tasks;
    private double cpu;
    private double run;
    /** Janino compilations of generated code (Spark's cache of generated classes missed) since this log began. */
    private final long compilations0 = compilations();

    @Override
    public synchronized void onJobStart(SparkListenerJobStart job) {
        jobs++;
    }

    @Override
    public synchronized void onStageCompleted(SparkListenerStageCompleted done) {
        StageInfo s = done.stageInfo();
        long wall = s.completionTime().isDefined() && s.submissionTime().isDefined()
                ? (Long) s.completionTime().get() - (Long) s.submissionTime().get() : -1;
        double c = s.taskMetrics().executorCpuTime() / 1e9;
        double r = s.taskMetrics().executorRunTime() / 1e3;
        stages++;
        tasks += s.numTasks();
        cpu += c;
        run += r;
        String name = s.name();
        lines.add(String.format(Locale.ROOT, "    stage %d %-40s %3d tasks, wall %5.2f s, task run %5.2f s, task CPU %5.2f s",
                s.stageId(), name.length() > 40 ? name.substring(0, 40) : name, s.numTasks(), wall / 1e3, r, c));
    }

    private static long compilations() {
        return org.apache.spark.metrics.source.CodegenMetrics.METRIC_COMPILATION_TIME().getCount();
    }

    synchronized String summary(boolean each) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "  %d jobs, %d stages, %d tasks; task run %.1f s, task CPU %.1f s; %d classes generated and compiled",
                jobs, stages, tasks, run, cpu, compilations() - compilations0));
        if (each) {
            lines.forEach(l -> sb.append('\n').append(l));
        }
        return sb.toString();
    }
}
