// What every browser figure needs: the workbench running in this process and a headless Chromium on it.
import type { BrowserContext } from 'playwright-core';
import type { Workbench } from '../../workbench/workbench-server.ts';

export interface BenchContext {
  workbench: Workbench;
  browser: BrowserContext;
  /** Measured runs per timed figure (warm-up runs come on top and are discarded). */
  runs: number;
  log: (line: string) => void;
}
