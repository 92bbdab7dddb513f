/**
 * How much each benchmark runs: the full suite (`npm run bench`) and the quick mode CI runs to
 * prove the benchmarks still work (`npm run bench -- --quick`: tiny counts, one round).
 */

export interface Plan {
  readonly mode: "full" | "quick"
  /** Turns run at once while recording the routing traffic. */
  readonly recordConcurrentTurns: number
  readonly startup: { readonly rounds: number; readonly count: number }
  readonly turns: { readonly rounds: number; readonly turns: number; readonly warmup: number }
  readonly concurrency: { readonly rounds: number; readonly threads: number }
  readonly clientTurns: { readonly rounds: number; readonly turns: number; readonly warmup: number }
  readonly requests: { readonly rounds: number; readonly counts: ReadonlyArray<number>; readonly warmup: number; readonly budgetMs: number }
  readonly heap: { readonly rounds: number; readonly checkpoints: readonly [number, number]; readonly turnsPerThread: number }
  readonly routing: { readonly rounds: number; readonly replays: number; readonly chunkBytes: number }
  readonly moduleLoad: { readonly rounds: number }
  readonly alternative: { readonly rounds: number; readonly turns: number }
}

export const full: Plan = {
  mode: "full",
  recordConcurrentTurns: 100,
  startup: { rounds: 10, count: 3 },
  turns: { rounds: 5, turns: 200, warmup: 10 },
  concurrency: { rounds: 5, threads: 50 },
  clientTurns: { rounds: 5, turns: 1500, warmup: 500 },
  requests: { rounds: 3, counts: [1000, 5000], warmup: 200, budgetMs: 30_000 },
  heap: { rounds: 3, checkpoints: [100, 5000], turnsPerThread: 50 },
  routing: { rounds: 5, replays: 20, chunkBytes: 65536 },
  moduleLoad: { rounds: 10 },
  alternative: { rounds: 5, turns: 10 }
}

export const quick: Plan = {
  mode: "quick",
  recordConcurrentTurns: 10,
  startup: { rounds: 1, count: 1 },
  turns: { rounds: 1, turns: 5, warmup: 1 },
  concurrency: { rounds: 1, threads: 4 },
  clientTurns: { rounds: 1, turns: 50, warmup: 10 },
  requests: { rounds: 1, counts: [50, 100], warmup: 10, budgetMs: 30_000 },
  heap: { rounds: 1, checkpoints: [10, 50], turnsPerThread: 10 },
  routing: { rounds: 1, replays: 2, chunkBytes: 65536 },
  moduleLoad: { rounds: 1 },
  alternative: { rounds: 1, turns: 2 }
}
