package vn.dxmonitor.bench.platform;

import java.util.Map;
import vn.dxmonitor.bench.infra.CpuMeter;
import vn.dxmonitor.bench.infra.Latency;

/**
 * One step of the run: the open-loop load at one rate for the step's duration, with the probes'
 * latency from {@code 202} to {@code /api/v1/status}.
 *
 * @param offered events per second the load was scheduled to send
 * @param load what the load did
 * @param probeLatency the probes' latency, 202 to visible in the status API
 * @param probeTimedOut whether a probe was not visible within the probe timeout (the step ended)
 * @param processorLag events on {@code dx.metric-events} the processor had not read at the end
 * @param indexerLag values on {@code dx.indicator-values} the indexer had not read at the end
 * @param cpu cores busy during the step, by process
 * @param memory each process's memory at the end of the step
 * @param sustained whether p99 stayed within the target and the load was delivered
 */
record RateStep(
    double offered,
    OpenLoad.Result load,
    Latency probeLatency,
    boolean probeTimedOut,
    long processorLag,
    long indexerLag,
    CpuMeter.Usage cpu,
    Map<String, ProcessMemory> memory,
    boolean sustained) {}
