// Figure 1: how many server actions a generation costs. The workbench counts every Apex stand-in call and
// every request the Dynamo emulator receives, so the counts are exact, not sampled.
import type { WorkbenchCounters } from '../../workbench/workbench-server.ts';
import { SEEDED_IDS } from '../../workbench/template-library.ts';
import type { BenchContext } from './bench-context.ts';
import { openProbed, type ProbedPage } from './page-probe.ts';
import { ms, type FigureRow } from './report.ts';
import { median } from './statistics.ts';

const FIGURE = '1 Server actions';
const FURTHER_CLICKS = 10;

interface Counts {
  list: number;
  template: number;
  post: number;
  apex: number;
  dynamo: number;
}

function countsOf(counters: WorkbenchCounters): Counts {
  return {
    list: counters.apex.listTemplates,
    template: counters.apex.getTemplate,
    post: counters.apex.postTask,
    apex: counters.apex.total,
    dynamo: counters.dynamo.requests
  };
}

function minus(after: Counts, before: Counts): Counts {
  return {
    list: after.list - before.list,
    template: after.template - before.template,
    post: after.post - before.post,
    apex: after.apex - before.apex,
    dynamo: after.dynamo - before.dynamo
  };
}

function describe(counts: Counts): string {
  return `${counts.apex} Apex (list ${counts.list}, get ${counts.template}, post ${counts.post}), ${counts.dynamo} Dynamo`;
}

async function runOnce(probed: ProbedPage): Promise<{ taskId: string; clickToTaskMs: number }> {
  const taskId = probed.page.locator('.task-id');
  const previous = (await taskId.count()) > 0 ? ((await taskId.textContent())?.trim() ?? '') : '';
  await probed.arm(`task:${previous}`);
  await probed.page.getByRole('button', { name: 'Start Dynamo task' }).click();
  const clickToTaskMs = await probed.sinceClick();
  const shown = (await taskId.textContent())?.trim() ?? '';
  if (!/^t-[0-9a-f]{32}$/.test(shown))
    throw new Error(`expected a Dynamo task ID, the page shows "${shown}"`);
  return { taskId: shown, clickToTaskMs };
}

/** Picker mode: load, pick, run, then click again and again. */
async function pickerMode(context: BenchContext): Promise<FigureRow[]> {
  const { workbench } = context;
  workbench.setLibrary('seed');
  workbench.setScenario('success');
  workbench.resetCounters();
  const probed = await openProbed(context.browser, `${workbench.url}/`, 'picker');
  try {
    await probed.readyAt();
    const afterLoad = countsOf(workbench.counters());
    await probed.page.locator('label.slds-radio__label', { hasText: 'Quote' }).first().click();
    const first = await runOnce(probed);
    const toFirstTask = countsOf(workbench.counters());

    const perClick: Counts[] = [];
    const clickTimes = [first.clickToTaskMs];
    const taskIds = new Set([first.taskId]);
    for (let click = 0; click < FURTHER_CLICKS; click++) {
      const before = countsOf(workbench.counters());
      const run = await runOnce(probed);
      perClick.push(minus(countsOf(workbench.counters()), before));
      clickTimes.push(run.clickToTaskMs);
      taskIds.add(run.taskId);
    }
    if (taskIds.size !== FURTHER_CLICKS + 1) throw new Error('a click showed a task ID seen before');

    const loadMet = afterLoad.list === 1 && afterLoad.apex === 1 && afterLoad.dynamo === 0;
    const firstMet =
      toFirstTask.list === 1 && toFirstTask.post === 1 && toFirstTask.apex === 2 && toFirstTask.dynamo === 1;
    const exactlyOne = perClick.every(
      (counts) => counts.apex === 1 && counts.post === 1 && counts.dynamo === 1
    );
    const total = perClick.reduce((sum, counts) => ({
      list: sum.list + counts.list,
      template: sum.template + counts.template,
      post: sum.post + counts.post,
      apex: sum.apex + counts.apex,
      dynamo: sum.dynamo + counts.dynamo
    }));
    const perClickApex = perClick.map((counts) => counts.apex);
    const perClickDynamo = perClick.map((counts) => counts.dynamo);
    return [
      {
        figure: FIGURE,
        measure: 'page load → picker ready',
        result: describe(afterLoad),
        baseline: '',
        ratio: null,
        target: 'list once, nothing else',
        met: loadMet,
        raw: { counts: afterLoad }
      },
      {
        figure: FIGURE,
        measure: 'page load → first task ID',
        result: describe(toFirstTask),
        baseline: '',
        ratio: null,
        target: '2 Apex (list, post), 1 Dynamo',
        met: firstMet,
        raw: { counts: toFirstTask }
      },
      {
        figure: FIGURE,
        measure: `each further click (${FURTHER_CLICKS} clicks)`,
        result:
          `${Math.min(...perClickApex)}–${Math.max(...perClickApex)} Apex, ` +
          `${Math.min(...perClickDynamo)}–${Math.max(...perClickDynamo)} Dynamo per click (list +${total.list})`,
        baseline: '',
        ratio: null,
        target: 'exactly 1 Apex, 1 Dynamo per click',
        met: exactlyOne && total.list === 0,
        raw: { perClick, total }
      },
      {
        figure: FIGURE,
        measure: `click → task ID shown (median of ${clickTimes.length})`,
        result: ms(median(clickTimes)),
        baseline: '',
        ratio: null,
        target: '— (tracked)',
        met: null,
        raw: { medianMs: median(clickTimes), samplesMs: clickTimes }
      }
    ];
  } finally {
    await probed.close();
  }
}

/** One-click mode: the default template is checked once, and no list is requested at all. */
async function oneClickMode(context: BenchContext): Promise<FigureRow> {
  const { workbench } = context;
  workbench.resetCounters();
  const query = new URLSearchParams({ defaultTemplateOnly: 'true', defaultTemplateId: SEEDED_IDS.quote });
  const probed = await openProbed(context.browser, `${workbench.url}/?${query.toString()}`, null);
  try {
    // The click waits for the button to be enabled, that is for the default template's check.
    await runOnce(probed);
    const counts = countsOf(workbench.counters());
    return {
      figure: FIGURE,
      measure: 'one-click mode: page load → task ID',
      result: describe(counts),
      baseline: '',
      ratio: null,
      target: '2 Apex (get, post), 1 Dynamo, no list',
      met: counts.list === 0 && counts.template === 1 && counts.post === 1 && counts.dynamo === 1,
      raw: { counts }
    };
  } finally {
    await probed.close();
  }
}

export async function measureServerActions(context: BenchContext): Promise<FigureRow[]> {
  context.log('figure 1: server actions per generation');
  const rows = await pickerMode(context);
  rows.push(await oneClickMode(context));
  return rows;
}
