/**
 * Runs one `kg build` in this process and prints its wall time, CPU time (all
 * threads) and peak memory as JSON on stdout, so the benchmark can measure each build in a
 * fresh process.
 */
import { memoryIO, runCli } from '@claimgraph/cli';

const args = process.argv.slice(2);
const io = memoryIO();
const started = performance.now();
const code = await runCli(['build', ...args], io);
const ms = performance.now() - started;
if (code !== 0) {
  process.stderr.write(io.err);
  process.exit(code);
}
const usage = process.resourceUsage();
process.stdout.write(
  `${JSON.stringify({ ms, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssMb: usage.maxRSS / 1024, summary: io.err.trim().split('\n').slice(-2).join(' ') })}\n`,
);
