// Figure 2: navigation → picker ready for the component alone, against the workbench's baseline page (a bare
// lightning-card): both pages are the same bare shell, built by the same rollup pipeline with the same
// synthetic shadow and SLDS. The full workbench record page (panel, state fetch) is a tracked row. Runs
// alternate between the pages so that drift on a noisy machine hits each alike. Two tracked rows say where the
// difference goes: up to the moment the page script mounts its component, and from there to ready.
import type { BenchContext } from './bench-context.ts';
import { type LoadTimings, openProbed, type ProbeSpec } from './page-probe.ts';
import { ms, type FigureRow } from './report.ts';
import { median, ratio } from './statistics.ts';

const FIGURE = '2 First render';
const WARM_UP_RUNS = 2;
export const FIRST_RENDER_TARGET = 1.3;
const LIST_TEMPLATES_PATH = '/apex/DynamoLauncherController/listTemplates';

interface RenderSample {
  readyMs: number;
  timings: LoadTimings;
}

/** One fresh tab: from navigation start to the first frame showing `spec`, and the load's timings. */
export async function timeFirstRender(
  context: BenchContext,
  path: string,
  spec: ProbeSpec
): Promise<RenderSample> {
  const probed = await openProbed(context.browser, `${context.workbench.url}${path}`, spec);
  try {
    const readyMs = await probed.readyAt();
    return { readyMs, timings: await probed.loadTimings() };
  } finally {
    await probed.close();
  }
}

function checkedMount(sample: RenderSample): RenderSample {
  if (!Number.isFinite(sample.timings.mountedMs)) {
    throw new Error('the page did not stamp data-workbench-mounted on <html>: the mount time is unknown');
  }
  return sample;
}

function listRoundTripMs(sample: RenderSample): number {
  const lists = sample.timings.requests.filter((request) => request.path === LIST_TEMPLATES_PATH);
  if (lists.length !== 1) throw new Error(`expected one listTemplates request per load, saw ${lists.length}`);
  return lists[0].endMs - lists[0].startMs;
}

export async function measureFirstRender(context: BenchContext): Promise<FigureRow[]> {
  context.log(`figure 2: first render, ${context.runs} runs each after ${WARM_UP_RUNS} warm-ups`);
  context.workbench.setLibrary('seed');
  const launcher: RenderSample[] = [];
  const recordPage: RenderSample[] = [];
  const card: RenderSample[] = [];
  const pages: Array<{ samples: RenderSample[]; path: string; spec: ProbeSpec }> = [
    { samples: launcher, path: `/component?recordId=${context.workbench.recordId}`, spec: 'picker' },
    { samples: recordPage, path: '/', spec: 'picker' },
    { samples: card, path: '/baseline', spec: 'card' }
  ];
  for (let run = 0; run < WARM_UP_RUNS + context.runs; run++) {
    // Rotate the order so that no page always runs first (or last) after the others.
    const order = pages.map((_, i) => pages[(i + run) % pages.length]);
    for (const page of order) {
      const sample = await timeFirstRender(context, page.path, page.spec);
      if (run >= WARM_UP_RUNS) page.samples.push(checkedMount(sample));
    }
  }

  const ready = (samples: RenderSample[]) => samples.map((sample) => sample.readyMs);
  const mounted = (samples: RenderSample[]) => samples.map((sample) => sample.timings.mountedMs);
  const mountToReady = (samples: RenderSample[]) =>
    samples.map((sample) => sample.readyMs - sample.timings.mountedMs);
  const scripts = (samples: RenderSample[]) => samples.map((sample) => sample.timings.domContentLoadedMs);
  const launcherMs = median(ready(launcher));
  const cardMs = median(ready(card));
  const launcherMountedMs = median(mounted(launcher));
  const cardMountedMs = median(mounted(card));
  const listMs = launcher.map(listRoundTripMs);
  const launcherToCard = ratio(launcherMs, cardMs);
  return [
    {
      figure: FIGURE,
      measure: `component alone: navigation → picker ready (median of ${launcher.length})`,
      result: ms(launcherMs),
      baseline: `${ms(cardMs)} bare card`,
      ratio: launcherToCard,
      target: `≤${FIRST_RENDER_TARGET}×`,
      met: launcherToCard <= FIRST_RENDER_TARGET,
      raw: {
        medianMs: launcherMs,
        baselineMedianMs: cardMs,
        samplesMs: ready(launcher),
        baselineSamplesMs: ready(card)
      }
    },
    {
      figure: FIGURE,
      measure: `workbench record page (panel, state fetch) → picker ready`,
      result: ms(median(ready(recordPage))),
      baseline: `${ms(cardMs)} bare card`,
      ratio: ratio(median(ready(recordPage)), cardMs),
      target: '— (tracked)',
      met: null,
      raw: { medianMs: median(ready(recordPage)), samplesMs: ready(recordPage) }
    },
    {
      figure: FIGURE,
      measure: 'of which: navigation → component mounted',
      result: ms(launcherMountedMs),
      baseline: `${ms(cardMountedMs)} bare card`,
      ratio: ratio(launcherMountedMs, cardMountedMs),
      target: '— (tracked)',
      met: null,
      raw: {
        note: 'HTML, module scripts loaded and run, up to the page script mounting the component',
        medianMs: launcherMountedMs,
        baselineMedianMs: cardMountedMs,
        domContentLoadedMedianMs: median(scripts(launcher)),
        baselineDomContentLoadedMedianMs: median(scripts(card)),
        samplesMs: mounted(launcher),
        baselineSamplesMs: mounted(card)
      }
    },
    {
      figure: FIGURE,
      measure: 'of which: mounted → ready',
      result: `${ms(median(mountToReady(launcher)))} (list request ${ms(median(listMs))})`,
      baseline: `${ms(median(mountToReady(card)))} bare card`,
      ratio: null,
      target: '— (tracked)',
      met: null,
      raw: {
        medianMs: median(mountToReady(launcher)),
        baselineMedianMs: median(mountToReady(card)),
        listTemplatesMedianMs: median(listMs),
        samplesMs: mountToReady(launcher),
        baselineSamplesMs: mountToReady(card),
        listTemplatesSamplesMs: listMs
      }
    }
  ];
}
