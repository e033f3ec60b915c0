// Figure 3: how the picker scales with the size of the template library: first render, and keystroke →
// results rendered, with 10, 1,000 and 10,000 DAP templates. The keystroke figure includes the component's
// search debounce, so it is also shown net of it, where a slower server would weigh more.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BenchContext } from './bench-context.ts';
import { openProbed } from './page-probe.ts';
import { ms, type FigureRow } from './report.ts';
import { median, ratio } from './statistics.ts';

const FIGURE = '3 Picker scale';
export const LIBRARY_SIZES = [10, 1_000, 10_000] as const;
export const SCALE_TARGET = 1.2;
const WARM_UP_RUNS = 1;
/** Matches one seeded template in every library size, so each size renders the same single result. */
const SEARCH_TERM = 'agreement';

const COMPONENT_SOURCE = fileURLToPath(
  new URL('../../force-app/main/default/lwc/dynamoTaskLauncher/dynamoTaskLauncher.ts', import.meta.url)
);

/** The component's own debounce, read from its source so the two never disagree. */
export function searchDelayMs(source = readFileSync(COMPONENT_SOURCE, 'utf8')): number {
  const match = /export const SEARCH_DELAY_MS = (\d+);/.exec(source);
  if (!match) throw new Error(`SEARCH_DELAY_MS not found in ${COMPONENT_SOURCE}`);
  return Number(match[1]);
}

interface ScaleSample {
  firstRenderMs: number;
  keystrokeMs: number;
}

async function sampleOnce(context: BenchContext, size: number): Promise<ScaleSample> {
  context.workbench.setLibrary(size);
  const probed = await openProbed(context.browser, `${context.workbench.url}/`, 'picker');
  try {
    const firstRenderMs = await probed.readyAt();
    const search = probed.page.getByRole('searchbox', { name: 'Search templates' });
    await search.fill(SEARCH_TERM.slice(0, -1));
    await probed.arm(`results:${SEARCH_TERM}`);
    await search.press(SEARCH_TERM.slice(-1));
    return { firstRenderMs, keystrokeMs: await probed.sinceKey() };
  } finally {
    await probed.close();
  }
}

function scaleRows(
  measure: string,
  mediansBySize: Map<number, number>,
  samplesBySize: Map<number, number[]>,
  note: string
): FigureRow[] {
  const smallest = LIBRARY_SIZES[0];
  const largest = LIBRARY_SIZES[LIBRARY_SIZES.length - 1];
  const base = mediansBySize.get(smallest) as number;
  return LIBRARY_SIZES.filter((size) => size !== smallest).map((size) => {
    const value = mediansBySize.get(size) as number;
    const sizeRatio = ratio(value, base);
    const judged = size === largest;
    return {
      figure: FIGURE,
      measure: `${measure}, ${size.toLocaleString('en-US')} templates`,
      result: ms(value),
      baseline: `${ms(base)} at ${smallest}`,
      ratio: sizeRatio,
      target: judged ? `≤${SCALE_TARGET}× of ${smallest}` : '— (tracked)',
      met: judged ? sizeRatio <= SCALE_TARGET : null,
      raw: {
        librarySize: size,
        medianMs: value,
        baselineMedianMs: base,
        samplesMs: samplesBySize.get(size),
        baselineSamplesMs: samplesBySize.get(smallest),
        note
      }
    };
  });
}

export async function measurePickerScale(context: BenchContext): Promise<FigureRow[]> {
  context.log(`figure 3: picker scale over ${LIBRARY_SIZES.join(', ')} templates, ${context.runs} runs each`);
  const debounceMs = searchDelayMs();
  const samples = new Map<number, ScaleSample[]>(LIBRARY_SIZES.map((size) => [size, []]));
  for (let run = 0; run < WARM_UP_RUNS + context.runs; run++) {
    // Rotating the order spreads drift over every size.
    const order = LIBRARY_SIZES.map((_, i) => LIBRARY_SIZES[(i + run) % LIBRARY_SIZES.length]);
    for (const size of order) {
      const sample = await sampleOnce(context, size);
      if (run >= WARM_UP_RUNS) samples.get(size)?.push(sample);
    }
  }
  context.workbench.setLibrary('seed');

  const pick = (field: (sample: ScaleSample) => number) =>
    new Map(LIBRARY_SIZES.map((size) => [size, (samples.get(size) ?? []).map(field)]));
  const medians = (bySize: Map<number, number[]>) =>
    new Map([...bySize].map(([size, values]) => [size, median(values)]));

  const firstRender = pick((sample) => sample.firstRenderMs);
  const keystroke = pick((sample) => sample.keystrokeMs);
  const netOfDebounce = pick((sample) => sample.keystrokeMs - debounceMs);
  return [
    ...scaleRows('first render', medians(firstRender), firstRender, 'navigation → picker ready'),
    ...scaleRows(
      'keystroke → results',
      medians(keystroke),
      keystroke,
      `includes the component's ${debounceMs} ms search debounce`
    ),
    ...scaleRows(
      `keystroke → results − ${debounceMs} ms debounce`,
      medians(netOfDebounce),
      netOfDebounce,
      'the same samples net of the debounce: request, server search and render'
    )
  ];
}
