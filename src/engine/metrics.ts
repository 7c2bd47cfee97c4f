import type { Metrics } from '../model/dance-report';

const round = (n: number, digits = 3): number => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * Metrics of a step from the helper's wait4 rusage fields (real, user, sys, maxrss KiB, majflt,
 * minflt, inblock, oublock, nsignals, nvcsw, nivcsw): the step's whole waited-for process tree.
 */
export function metricsFromRusage(f: string[]): Metrics {
  const n = f.map(Number);
  return {
    time_real: round(n[0]),
    time_user: round(n[1]),
    time_sys: round(n[2]),
    mem_avg: 0,
    mem_max: n[3],
    mem_faults_major: n[4],
    mem_faults_minor: n[5],
    io_fsin: n[6],
    io_fsout: n[7],
    io_sockin: 0,
    io_sockout: 0,
    io_signals: n[8],
    ctx_voluntary: n[9],
    ctx_involuntary: n[10],
  };
}

export const zeroMetrics = (): Metrics => metricsFromRusage(Array(11).fill('0'));

/** Measures one of disco's own phases in this process (its own rusage deltas). */
export async function measure<T>(work: () => Promise<T> | T): Promise<{ value: T; metrics: Metrics }> {
  const start = process.hrtime.bigint();
  const before = process.resourceUsage();
  const value = await work();
  const after = process.resourceUsage();
  const real = Number(process.hrtime.bigint() - start) / 1e9;
  return {
    value,
    metrics: {
      time_real: round(real),
      time_user: round((after.userCPUTime - before.userCPUTime) / 1e6),
      time_sys: round((after.systemCPUTime - before.systemCPUTime) / 1e6),
      mem_avg: 0,
      mem_max: after.maxRSS,
      mem_faults_major: after.majorPageFault - before.majorPageFault,
      mem_faults_minor: after.minorPageFault - before.minorPageFault,
      io_fsin: after.fsRead - before.fsRead,
      io_fsout: after.fsWrite - before.fsWrite,
      io_sockin: 0,
      io_sockout: 0,
      io_signals: after.signalsCount - before.signalsCount,
    },
  };
}
