/**
 * Numbered steps with their outcome and time, so a long `npm start` always says where it is.
 * A step either finishes (`ok`), is skipped with a reason, or fails; `run` rethrows a failure
 * unless the step is optional (the offline run goes on to show what it can).
 */
export type StepOutcome = { title: string; status: 'ok' | 'failed' | 'skipped'; note?: string };

export class Steps {
  readonly outcomes: StepOutcome[] = [];
  private count = 0;

  constructor(private readonly log: (line: string) => void) {}

  async run<T>(
    title: string,
    body: () => Promise<T>,
    options: { optional?: boolean } = {}
  ): Promise<T | undefined> {
    this.count++;
    this.log('');
    this.log(`[${this.count}] ${title}`);
    const started = Date.now();
    try {
      const value = await body();
      this.log(`    ✔ ${title} (${seconds(started)})`);
      this.outcomes.push({ title, status: 'ok' });
      return value;
    } catch (error) {
      const message = (error as Error).message;
      this.log(`    ✘ ${title} failed (${seconds(started)}): ${message.split('\n')[0]}`);
      this.outcomes.push({ title, status: 'failed', note: message });
      if (!options.optional) throw error;
      return undefined;
    }
  }

  skip(title: string, reason: string): void {
    this.count++;
    this.log('');
    this.log(`[${this.count}] ${title}: skipped, ${reason}`);
    this.outcomes.push({ title, status: 'skipped', note: reason });
  }

  get failed(): StepOutcome[] {
    return this.outcomes.filter((o) => o.status === 'failed');
  }
}

function seconds(started: number): string {
  return `${((Date.now() - started) / 1000).toFixed(1)} s`;
}
