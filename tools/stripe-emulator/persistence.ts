import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { z } from "zod";
import { type EmulatorState, EmulatorStateFile, emptyState } from "./state";

/*
 * `stateFile`: the emulator's state kept as JSON across restarts. Changes are saved shortly after
 * they happen (many changes of one request make one write), and once more on close.
 */

const SAVE_DELAY_MS = 50;

export async function loadState(path: string): Promise<EmulatorState> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "ENOENT") return emptyState();
    throw error;
  }
  const parsed = EmulatorStateFile.safeParse(JSON.parse(text));
  if (!parsed.success) {
    throw new Error(
      `Stripe emulator state file ${path} is not valid: ${z.prettifyError(parsed.error)}`,
    );
  }
  return parsed.data;
}

/** Writes through a temporary file so a crash never leaves half a state file behind. */
export async function saveState(path: string, state: EmulatorState): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(state), "utf8");
  await rename(temporary, path);
}

/** Saves the state to `path` after changes, one write at a time; without a path, nothing. */
export class StateSaver {
  private timer: NodeJS.Timeout | null = null;
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly path: string | null,
    private readonly state: () => EmulatorState,
    private readonly log: (line: string) => void,
  ) {}

  /** Saves soon: the changes of one request or flow go out in one write. */
  scheduleSave(): void {
    if (!this.path || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.save();
    }, SAVE_DELAY_MS);
  }

  /** Saves now and resolves once every write has finished. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.save();
    await this.saving;
  }

  private save(): void {
    const path = this.path;
    if (!path) return;
    this.saving = this.saving
      .then(() => saveState(path, this.state()))
      .catch((error: unknown) => {
        this.log(
          `stripe-emulator: could not save ${path}: ${error instanceof Error ? error.message : String(error)}`,
        );
      });
  }
}
