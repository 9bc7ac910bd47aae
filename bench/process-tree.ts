// What a benchmarked app costs the machine, read from /proc (Linux): the resident memory and the
// CPU time of a process and everything below it, or of its web server processes only.
import { readdirSync, readFileSync } from "node:fs";

interface ProcessEntry {
  pid: number;
  parent: number;
  rssBytes: number;
  /** User + system CPU time, in clock ticks. */
  cpuTicks: number;
  command: string;
}

/** Linux's USER_HZ: /proc reports CPU time in hundredths of a second. */
const TICKS_PER_SECOND = 100;

function processEntries(): ProcessEntry[] {
  const entries: ProcessEntry[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, "utf8");
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // After the command name in parentheses: state, ppid, ..., utime (14th), stime (15th).
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      entries.push({
        pid: Number(entry),
        parent: Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]),
        rssBytes: Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024,
        cpuTicks: Number(fields[11]) + Number(fields[12]),
        command: readFileSync(`/proc/${entry}/cmdline`, "utf8").replaceAll("\0", " "),
      });
    } catch {
      // The process ended while we looked.
    }
  }
  return entries;
}

/** `root` and every process below it. */
function tree(root: number): ProcessEntry[] {
  const entries = processEntries();
  const children = new Map<number, ProcessEntry[]>();
  for (const entry of entries) {
    children.set(entry.parent, [...(children.get(entry.parent) ?? []), entry]);
  }
  const found: ProcessEntry[] = [];
  const queue = entries.filter((entry) => entry.pid === root);
  while (queue.length > 0) {
    const entry = queue.pop();
    if (!entry) break;
    found.push(entry);
    queue.push(...(children.get(entry.pid) ?? []));
  }
  return found;
}

/** Resident memory of `root` and every process below it. */
export function treeRssBytes(root: number): number {
  return tree(root).reduce((sum, entry) => sum + entry.rssBytes, 0);
}

/** Memory and CPU time so far of the web server processes below `root` (scripts/serve-next.mjs). */
export function webServerUsage(root: number): { rssBytes: number; cpuSeconds: number } {
  const servers = tree(root).filter((entry) => entry.command.includes("serve-next.mjs"));
  return {
    rssBytes: servers.reduce((sum, entry) => sum + entry.rssBytes, 0),
    cpuSeconds: servers.reduce((sum, entry) => sum + entry.cpuTicks, 0) / TICKS_PER_SECOND,
  };
}
