/*
 * The emulator's wall-clock timers (bank debits settling, webhook retries): each runs once,
 * none keeps the process alive, and all are cancelled together on reset and close. Emulator
 * time itself is `EmulatorCore.now()`: wall-clock time plus the offset `advanceClock` adds.
 */
export class Timers {
  private readonly pending = new Set<NodeJS.Timeout>();

  /** Runs `task` once after `delayMs` unless cancelled first. */
  after(delayMs: number, task: () => void): void {
    const timer = setTimeout(() => {
      this.pending.delete(timer);
      task();
    }, delayMs);
    timer.unref();
    this.pending.add(timer);
  }

  cancelAll(): void {
    for (const timer of this.pending) clearTimeout(timer);
    this.pending.clear();
  }
}
