// Times what the user sees, in the page's own clock: a probe installed before any page script checks, once
// per animation frame, whether the awaited state is on screen, and keeps the time of the first frame that
// shows it (performance.now(), so a first render counts from the start of navigation). The checks walk
// shadowRoots because synthetic shadow hides component internals from document-level queries.
import type { BrowserContext, Page } from 'playwright-core';

/** What a probe waits for: the bare card, the launcher's picker, search results for a term, a new task ID. */
export type ProbeSpec = 'card' | 'picker' | `results:${string}` | `task:${string}`;

// Plain JavaScript in a string: a function's source would carry the TypeScript loader's helpers with it.
const PROBE_SOURCE = `(() => {
  const state = { spec: null, doneAt: null, keyAt: null, clickAt: null };
  window.__benchProbe = state;
  const launcherRoot = () => {
    const launcher = document.querySelector('c-dynamo-task-launcher');
    return launcher ? launcher.shadowRoot : null;
  };
  const idle = (root) => root && !root.querySelector('lightning-spinner');
  const checks = {
    card: () => {
      const card = document.querySelector('lightning-card');
      const title = card && card.shadowRoot ? card.shadowRoot.querySelector('h2') : null;
      return Boolean(title && title.textContent.trim());
    },
    picker: () => {
      const root = launcherRoot();
      return Boolean(idle(root) && root.querySelector('input.search-input') &&
        root.querySelectorAll('input[type="radio"]').length > 0);
    },
    results: (term) => {
      const root = launcherRoot();
      if (!idle(root)) return false;
      const titles = [...root.querySelectorAll('.template-option .slds-form-element__label')];
      return titles.length > 0 && titles.every((title) => title.textContent.toLowerCase().includes(term));
    },
    task: (previous) => {
      const root = launcherRoot();
      const taskId = root ? root.querySelector('.task-id') : null;
      const text = taskId ? taskId.textContent.trim() : '';
      return text !== '' && text !== previous;
    }
  };
  const frame = () => {
    if (state.spec) {
      const at = state.spec.indexOf(':');
      const name = at === -1 ? state.spec : state.spec.slice(0, at);
      const argument = at === -1 ? '' : state.spec.slice(at + 1);
      if (checks[name](argument)) {
        state.doneAt = performance.now();
        state.spec = null;
      }
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  addEventListener('keydown', () => { state.keyAt = performance.now(); }, true);
  addEventListener('click', () => { state.clickAt = performance.now(); }, true);
})();`;

export interface ProbedPage {
  page: Page;
  /** Uncaught errors of the page: figures from a broken page are refused. */
  errors: string[];
  /** Starts waiting for `spec`; call before the action that should bring it about. */
  arm(spec: ProbeSpec): Promise<void>;
  /** Milliseconds from navigation start to the first frame showing the armed state. */
  readyAt(): Promise<number>;
  /** Milliseconds from the last keystroke to the first frame showing the armed state. */
  sinceKey(): Promise<number>;
  /** Milliseconds from the last click to the first frame showing the armed state. */
  sinceClick(): Promise<number>;
  /** Where the load's time went, from the browser's Navigation and Resource Timing entries. */
  loadTimings(): Promise<LoadTimings>;
  close(): Promise<void>;
}

export interface LoadTimings {
  /** Navigation start → DOMContentLoaded handled: HTML read, module scripts fetched, parsed and run. */
  domContentLoadedMs: number;
  /** Navigation start → the page script appended its component (the workbench pages stamp that moment). */
  mountedMs: number;
  /** Requests the page made, in milliseconds since navigation start. */
  requests: Array<{ path: string; startMs: number; endMs: number }>;
}

const LOAD_TIMINGS_SOURCE = `({
  domContentLoadedMs: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
  mountedMs: Number(document.documentElement.dataset.workbenchMounted) - performance.timeOrigin,
  requests: performance.getEntriesByType('resource').map((entry) => ({
    path: new URL(entry.name).pathname,
    startMs: entry.startTime,
    endMs: entry.responseEnd
  }))
})`;

interface ProbeState {
  doneAt: number;
  keyAt: number | null;
  clickAt: number | null;
}

async function settled(page: Page, errors: string[]): Promise<ProbeState> {
  await page.waitForFunction('window.__benchProbe && window.__benchProbe.doneAt !== null');
  if (errors.length > 0) throw new Error(`the page threw: ${errors.join('; ')}`);
  return (await page.evaluate('window.__benchProbe')) as ProbeState;
}

/** A fresh tab on `url`, probing for `spec` (if any) from the first frame. */
export async function openProbed(
  context: BrowserContext,
  url: string,
  spec: ProbeSpec | null
): Promise<ProbedPage> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript({
    content: `${PROBE_SOURCE}\nwindow.__benchProbe.spec = ${JSON.stringify(spec)};`
  });
  await page.goto(url, { waitUntil: 'commit' });
  const since = async (mark: 'keyAt' | 'clickAt') => {
    const state = await settled(page, errors);
    const start = state[mark];
    if (start === null)
      throw new Error(`no ${mark === 'keyAt' ? 'keystroke' : 'click'} was seen before the state`);
    return state.doneAt - start;
  };
  return {
    page,
    errors,
    arm: async (next) => {
      await page.evaluate(
        `Object.assign(window.__benchProbe, { spec: ${JSON.stringify(next)}, doneAt: null, keyAt: null, clickAt: null })`
      );
    },
    readyAt: async () => (await settled(page, errors)).doneAt,
    sinceKey: () => since('keyAt'),
    sinceClick: () => since('clickAt'),
    loadTimings: async () => (await page.evaluate(LOAD_TIMINGS_SOURCE)) as LoadTimings,
    close: () => page.close()
  };
}
