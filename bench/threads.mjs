#!/usr/bin/env node
// Where a process's CPU goes, thread by thread (Linux): run a command, sample
// /proc/PID/task/*/stat, and print CPU seconds per thread over a window, as JSON.
//   node bench/threads.mjs [--skip S] [--window S] -- node bench/analyze-throughput.mjs FILE --workers 2 ...
// --skip: seconds to wait before the window opens (so start-up and JIT warm-up are left out);
// --window: how long to measure (default: until the command exits).
// Threads are grouped by name, but Node 20 names nearly all of them "node": read the per-thread
// list (busiest first). In an analysis pool the busiest are the analysis threads, "main" is the
// thread reading input and collecting results, and the small ones are V8's GC/JIT helpers.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const argv = process.argv.slice(2);
const dash = argv.indexOf('--');
if (dash < 0 || dash === argv.length - 1) {
  process.stderr.write('usage: node bench/threads.mjs [--skip S] [--window S] -- COMMAND ARGS…\n');
  process.exit(2);
}
const own = argv.slice(0, dash);
const opt = (name, d) => {
  const i = own.indexOf(name);
  return i >= 0 ? Number(own[i + 1]) : d;
};
const skip = opt('--skip', 0);
const windowS = opt('--window', Infinity);
const [cmd, ...rest] = argv.slice(dash + 1);
const TICK = 100; // USER_HZ on Linux

const child = spawn(cmd, rest, { stdio: ['ignore', 'ignore', 'inherit'] });
let exited = false;
child.on('exit', () => (exited = true));

/** tid → { name, ticks } for every thread of pid, now. */
function sample(pid) {
  const out = new Map();
  let tids = [];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      const s = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      // The name is in parentheses and may hold spaces; fields after it are space-separated.
      const name = s.slice(s.indexOf('(') + 1, s.lastIndexOf(')'));
      const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
      out.set(tid, { name, ticks: Number(f[11]) + Number(f[12]) }); // utime + stime
    } catch {
      // the thread ended between readdir and read
    }
  }
  return out;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
await sleep(skip * 1000);
const first = sample(child.pid);
const t0 = performance.now();
let last = new Map(first);
// Sample often: a thread that ends inside the window is counted up to its last sample.
while (!exited && (performance.now() - t0) / 1000 < windowS) {
  await sleep(200);
  const s = sample(child.pid);
  if (s.size) for (const [tid, v] of s) last.set(tid, v);
}
const secs = (performance.now() - t0) / 1000;
if (!exited) child.kill('SIGTERM');
const byName = new Map();
const threads = [];
for (const [tid, v] of last) {
  const cpu = (v.ticks - (first.get(tid)?.ticks ?? 0)) / TICK;
  // Node 20 leaves most threads named "node": the main thread is told apart by its id.
  const name = Number(tid) === child.pid ? `main (${v.name})` : v.name;
  threads.push({ tid: Number(tid), name, cpu_s: +cpu.toFixed(2) });
  byName.set(name, (byName.get(name) ?? 0) + cpu);
}
threads.sort((a, b) => b.cpu_s - a.cpu_s);
const total = threads.reduce((n, t) => n + t.cpu_s, 0);
process.stdout.write(JSON.stringify({
  window_s: +secs.toFixed(1),
  cores_used: +(total / secs).toFixed(2),
  by_name: Object.fromEntries([...byName].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, { cpu_s: +v.toFixed(2), cores: +(v / secs).toFixed(2) }])),
  threads: threads.filter((t) => t.cpu_s > 0),
}) + '\n');
