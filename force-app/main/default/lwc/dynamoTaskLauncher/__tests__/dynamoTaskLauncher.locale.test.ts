import {
  createLauncher,
  flushPromises,
  listTemplatesAdapter,
  postTaskMock,
  query,
  radios,
  removeLaunchers,
  runButton,
  taskResultFrom
} from './launcherHarness';
import templates from './data/templates.json';

// A German-speaking Salesforce user on an English browser: the quota reads in the user's locale.
jest.mock('@salesforce/i18n/locale', () => ({ default: 'de-DE' }), { virtual: true });

afterEach(() => {
  removeLaunchers();
  jest.clearAllMocks();
});

describe('quota numbers', () => {
  it("follow the user's Salesforce locale, not the browser's", async () => {
    postTaskMock.mockResolvedValue(taskResultFrom('accepted'));
    const element = createLauncher();
    listTemplatesAdapter.emit(templates);
    await flushPromises();
    radios(element)[0].click();
    await flushPromises();
    runButton(element).click();
    await flushPromises();

    expect(query(element, '[data-counter="api"] .quota-summary')?.textContent).toBe('1 / 10.000, 9.999 left');
    await expect(element).toBeAccessible();
  });
});
