import type { TaskResult } from '@dynamo/contract';
import {
  RECORD_ID,
  SUBMITTED_AT,
  controllerLabelMessages,
  createLauncher,
  flushPromises,
  listTemplatesAdapter,
  postTaskMock,
  query,
  queryAll,
  radios,
  removeLaunchers,
  runButton,
  taskResultFrom,
  taskResultWithUsage,
  typeSearch
} from './launcherHarness';
import { SEARCH_DELAY_MS } from '../dynamoTaskLauncher';
import templates from './data/templates.json';

const QUOTE = templates.templates[0];
const GENERIC_ERROR_MESSAGE =
  'Something went wrong. Try again, and if it keeps happening, ask your Salesforce admin for help.';

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
}

function deferred<T>(): Deferred<T> {
  let resolve: (value: T) => void = () => undefined;
  let reject: (reason: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A launcher with the template list loaded and the first template (Quote) chosen. */
async function launcherWithQuoteChosen(props = {}): Promise<HTMLElement> {
  const element = createLauncher(props);
  listTemplatesAdapter.emit(templates);
  await flushPromises();
  radios(element)[0].click();
  await flushPromises();
  return element;
}

async function runWithResult(result: TaskResult, props = {}): Promise<HTMLElement> {
  postTaskMock.mockResolvedValue(result);
  const element = await launcherWithQuoteChosen(props);
  runButton(element).click();
  await flushPromises();
  return element;
}

function meter(element: HTMLElement, counter: 'api' | 'signature'): HTMLElement | null {
  return query(element, `[data-counter="${counter}"]`);
}

function progressValue(meterElement: HTMLElement | null): number | undefined {
  return (meterElement?.querySelector('lightning-progress-bar') as (HTMLElement & { value: number }) | null)
    ?.value;
}

function toastListener(element: HTMLElement): jest.Mock {
  const listener = jest.fn();
  element.addEventListener('lightning__showtoast', listener);
  return listener;
}

afterEach(() => {
  removeLaunchers();
  jest.useRealTimers();
  jest.clearAllMocks();
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('run', () => {
  it('posts the chosen template for the current record', async () => {
    postTaskMock.mockResolvedValue(taskResultFrom('accepted'));
    const element = await launcherWithQuoteChosen();
    runButton(element).click();
    await flushPromises();

    expect(postTaskMock).toHaveBeenCalledWith({
      request: { templateId: QUOTE.id, recordId: RECORD_ID, extraParams: null, mode: 'json' }
    });
    await expect(element).toBeAccessible();
  });

  it('sends the extra parameters and the task mode set in App Builder', async () => {
    postTaskMock.mockResolvedValue(taskResultFrom('accepted'));
    const element = await launcherWithQuoteChosen({
      extraParams: ' {"language": "fi"} ',
      taskMode: 'multipart'
    });
    runButton(element).click();
    await flushPromises();

    expect(postTaskMock).toHaveBeenCalledWith({
      request: {
        templateId: QUOTE.id,
        recordId: RECORD_ID,
        extraParams: '{"language": "fi"}',
        mode: 'multipart'
      }
    });
    await expect(element).toBeAccessible();
  });

  it('disables the button and shows a spinner while posting', async () => {
    const answer = deferred<TaskResult>();
    postTaskMock.mockReturnValue(answer.promise);
    const element = await launcherWithQuoteChosen();
    runButton(element).click();
    await flushPromises();

    expect(runButton(element).disabled).toBe(true);
    const spinner = query<HTMLElement & { alternativeText: string }>(element, '.run-area lightning-spinner');
    expect(spinner?.alternativeText).toBe('Starting the Dynamo task');

    answer.resolve(taskResultFrom('accepted'));
    await flushPromises();
    expect(runButton(element).disabled).toBe(false);
    expect(query(element, '.run-area lightning-spinner')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('posts once on a double click', async () => {
    const answer = deferred<TaskResult>();
    postTaskMock.mockReturnValue(answer.promise);
    const element = await launcherWithQuoteChosen();
    const button = runButton(element);
    button.click();
    button.click();
    await flushPromises();
    button.click();

    answer.resolve(taskResultFrom('accepted'));
    await flushPromises();
    expect(postTaskMock).toHaveBeenCalledTimes(1);
    await expect(element).toBeAccessible();
  });

  it('posts nothing while no template is chosen', async () => {
    const element = createLauncher();
    listTemplatesAdapter.emit(templates);
    await flushPromises();
    runButton(element).click();
    await flushPromises();

    expect(postTaskMock).not.toHaveBeenCalled();
    await expect(element).toBeAccessible();
  });
});

describe('result', () => {
  it('shows the task ID, the message and the time in a live region', async () => {
    const result = taskResultFrom('accepted');
    const element = await runWithResult(result);

    const region = query(element, '.result-region');
    expect(region?.getAttribute('aria-live')).toBe('polite');
    expect(region?.querySelector('.task-id')?.textContent).toBe('t-f12de82ea4ed01ffb022d2c7855eaaef');
    expect(region?.querySelector('.task-message')?.textContent).toBe('Success');
    const time = region?.querySelector('.task-time') as (HTMLElement & { value: string }) | null;
    expect(time?.value).toBe(SUBMITTED_AT);
    await expect(element).toBeAccessible();
  });

  it('leaves out the message row when Dynamo sent no message', async () => {
    const element = await runWithResult({ ...taskResultFrom('accepted'), message: null });

    const region = query(element, '.result-region');
    expect(region?.querySelector('.task-id')?.textContent).toBe('t-f12de82ea4ed01ffb022d2c7855eaaef');
    expect(region?.querySelector('.task-message')).toBeNull();
    expect(region?.textContent).not.toContain('Message');
    await expect(element).toBeAccessible();
  });

  it('shows both quota counters as "used / max, N left"', async () => {
    const element = await runWithResult(taskResultFrom('accepted'));

    expect(meter(element, 'api')?.querySelector('.quota-summary')?.textContent).toBe(
      '1 / 10,000, 9,999 left'
    );
    expect(meter(element, 'signature')?.querySelector('.quota-summary')?.textContent).toBe(
      '1 / 1,000, 999 left'
    );
    expect(progressValue(meter(element, 'api'))).toBeCloseTo(0.01);
    expect(progressValue(meter(element, 'signature'))).toBeCloseTo(0.1);
    expect(meter(element, 'api')?.className).toContain('quota-meter_normal');
    expect(element.shadowRoot!.textContent).not.toContain('Running low');
    await expect(element).toBeAccessible();
  });

  it('says "usage not reported" when the answer carries no usage', async () => {
    const element = await runWithResult(taskResultFrom('acceptedWithoutUsage'));

    expect(query(element, '.task-id')?.textContent).toBe('t-223e5458ec7f9a57802e3e31deba48cb');
    expect(query(element, '.usage-not-reported')?.textContent).toBe('Usage not reported by Dynamo.');
    expect(queryAll(element, 'lightning-progress-bar')).toHaveLength(0);
    await expect(element).toBeAccessible();
  });

  it('says "usage not reported" for the one counter that is missing', async () => {
    const element = await runWithResult(taskResultFrom('acceptedApiUsageOnly'));

    expect(meter(element, 'api')?.querySelector('.quota-summary')?.textContent).toBe(
      '9,500 / 10,000, 500 left'
    );
    expect(meter(element, 'signature')?.textContent).toContain('Usage not reported');
    expect(meter(element, 'signature')?.querySelector('lightning-progress-bar')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it.each([
    ['below 80%', 7999, 'quota-meter_normal', null],
    ['at 80%', 8000, 'quota-meter_warning', 'Running low.'],
    ['at 95%', 9500, 'quota-meter_error', 'Almost used up.'],
    ['exhausted', 10000, 'quota-meter_error', 'Used up: new tasks will be refused until the quota renews.']
  ])('styles the counter %s', async (_case, used, levelClass, status) => {
    const element = await runWithResult(
      taskResultWithUsage({ api: { term: used, termMax: 10000 }, signature: { term: 0, termMax: 1000 } })
    );

    const apiMeter = meter(element, 'api');
    expect(apiMeter?.classList.contains(levelClass)).toBe(true);
    const statusLine = apiMeter?.querySelector('p');
    expect(statusLine?.textContent ?? null).toBe(status);
    expect(progressValue(apiMeter)).toBeCloseTo((used / 10000) * 100);
    expect(meter(element, 'signature')?.classList.contains('quota-meter_normal')).toBe(true);
    await expect(element).toBeAccessible();
  });

  it('treats a counter with no allowance as used up', async () => {
    const element = await runWithResult(
      taskResultWithUsage({ api: { term: 0, termMax: 0 }, signature: { term: 3, termMax: 2 } })
    );

    expect(meter(element, 'api')?.classList.contains('quota-meter_error')).toBe(true);
    expect(meter(element, 'api')?.querySelector('.quota-summary')?.textContent).toBe('0 / 0, 0 left');
    expect(progressValue(meter(element, 'signature'))).toBe(100);
    expect(meter(element, 'signature')?.querySelector('.quota-summary')?.textContent).toBe('3 / 2, 0 left');
    await expect(element).toBeAccessible();
  });

  it('hides the quota when the admin turned it off', async () => {
    const element = await runWithResult(taskResultFrom('accepted'), { showQuota: false });

    expect(query(element, '.task-id')).not.toBeNull();
    expect(query(element, '[data-counter]')).toBeNull();
    expect(element.shadowRoot!.textContent).not.toContain('Dynamo quota');
    await expect(element).toBeAccessible();
  });

  it('copies the task ID to the clipboard', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const element = await runWithResult(taskResultFrom('accepted'));

    query(element, '.copy-task-id')?.click();
    await flushPromises();

    expect(writeText).toHaveBeenCalledWith('t-f12de82ea4ed01ffb022d2c7855eaaef');
    expect(query(element, '.copy-status')?.textContent).toBe('Task ID copied.');
    await expect(element).toBeAccessible();
  });

  it.each([
    ['the clipboard refuses', () => jest.fn().mockRejectedValue(new Error('Document is not focused.'))],
    ['there is no clipboard at all', null]
  ])('tells the user to copy by hand when %s', async (_case, writeText) => {
    if (writeText) {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: writeText() },
        configurable: true
      });
    }
    const element = await runWithResult(taskResultFrom('accepted'));

    query(element, '.copy-task-id')?.click();
    await flushPromises();

    expect(query(element, '.copy-status')?.textContent).toBe(
      'Could not copy. Select the task ID and copy it yourself.'
    );
    await expect(element).toBeAccessible();
  });
});

describe('errors', () => {
  const labelMessages = controllerLabelMessages();

  it('reads every controller message from the Custom Labels', () => {
    const names = labelMessages.map(([name]) => name);
    expect(names).toEqual(
      expect.arrayContaining([
        'DL_Error_NoPermission',
        'DL_Error_Http401',
        'DL_Error_Timeout',
        'DL_Error_Unexpected'
      ])
    );
    expect(labelMessages.length).toBeGreaterThanOrEqual(28);
    expect(labelMessages.every(([, message]) => message.trim().length > 0)).toBe(true);
  });

  it.each(labelMessages)('shows %s inline and as a toast', async (_label, message) => {
    postTaskMock.mockRejectedValue({ status: 500, body: { message } });
    const element = await launcherWithQuoteChosen();
    const toasts = toastListener(element);
    runButton(element).click();
    await flushPromises();

    const alert = query(element, '.post-error');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.querySelector('p')?.textContent).toBe(message);
    expect(toasts).toHaveBeenCalledTimes(1);
    expect(toasts.mock.calls[0][0].detail).toEqual({
      title: 'Dynamo task not started',
      message,
      variant: 'error'
    });
    expect(runButton(element).disabled).toBe(false);
    await expect(element).toBeAccessible();
  });

  it.each([
    [
      'a list of messages',
      { body: [{ message: 'First problem.' }, { message: 'Second problem.' }] },
      'First problem. Second problem.'
    ],
    ['a JavaScript error', new Error('Failed to fetch'), 'Failed to fetch'],
    ['an empty body', { body: null, status: 500 }, GENERIC_ERROR_MESSAGE],
    ['an empty list', { body: [] }, GENERIC_ERROR_MESSAGE],
    ['a blank message', { body: { message: '  ' } }, GENERIC_ERROR_MESSAGE],
    ['an unknown shape', 'boom', GENERIC_ERROR_MESSAGE]
  ])('turns %s into a message', async (_case, error, expected) => {
    postTaskMock.mockRejectedValue(error);
    const element = await launcherWithQuoteChosen();
    runButton(element).click();
    await flushPromises();

    expect(query(element, '.post-error p')?.textContent).toBe(expected);
    await expect(element).toBeAccessible();
  });

  it('keeps the choice and the search so the user can retry', async () => {
    jest.useFakeTimers();
    postTaskMock.mockRejectedValueOnce({ body: { message: 'Dynamo did not answer within 120 seconds.' } });
    postTaskMock.mockResolvedValueOnce(taskResultFrom('accepted'));
    const element = createLauncher();
    listTemplatesAdapter.emit(templates);
    typeSearch(element, 'Quo');
    jest.advanceTimersByTime(SEARCH_DELAY_MS);
    listTemplatesAdapter.emit({ ...templates, templates: [QUOTE] });
    await flushPromises();
    radios(element)[0].click();

    runButton(element).click();
    await flushPromises();
    expect(query(element, '.post-error')).not.toBeNull();
    expect(radios(element)[0].checked).toBe(true);
    expect(query<HTMLInputElement>(element, 'input.search-input')?.value).toBe('Quo');
    expect(listTemplatesAdapter.getLastConfig().searchTerm).toBe('Quo');

    runButton(element).click();
    await flushPromises();
    expect(postTaskMock).toHaveBeenCalledTimes(2);
    expect(postTaskMock.mock.calls[1][0].request.templateId).toBe(QUOTE.id);
    expect(query(element, '.post-error')).toBeNull();
    expect(query(element, '.task-id')?.textContent).toBe('t-f12de82ea4ed01ffb022d2c7855eaaef');
    jest.useRealTimers();
    await expect(element).toBeAccessible();
  });

  it('clears the previous result when a new post starts', async () => {
    const element = await runWithResult(taskResultFrom('accepted'));
    postTaskMock.mockRejectedValue({
      body: { message: 'Dynamo is busy right now. Wait a minute, then try again.' }
    });

    runButton(element).click();
    await flushPromises();

    expect(query(element, '.task-id')).toBeNull();
    expect(query(element, '.post-error p')?.textContent).toBe(
      'Dynamo is busy right now. Wait a minute, then try again.'
    );
    await expect(element).toBeAccessible();
  });
});
