import type { ListTemplatesParams } from '@dynamo/contract';
import {
  createLauncher,
  flushPromises,
  getTemplateMock,
  listTemplatesAdapter,
  query,
  radios,
  removeLaunchers,
  runButton,
  text,
  typeSearch
} from './launcherHarness';
import { SEARCH_DELAY_MS, TEMPLATES_PER_SEARCH } from '../dynamoTaskLauncher';
import templates from './data/templates.json';
import templatesEmpty from './data/templatesEmpty.json';
import templatesHasMore from './data/templatesHasMore.json';
import templatesSearchInvoice from './data/templatesSearchInvoice.json';
import defaultTemplate from './data/defaultTemplate.json';

/** Every config the wire handed to the adapter, in order. */
function requestedConfigs(): jest.SpyInstance<void, [ListTemplatesParams]> {
  return jest.spyOn(listTemplatesAdapter.adapter.prototype, 'update');
}

afterEach(() => {
  removeLaunchers();
  jest.useRealTimers();
  jest.restoreAllMocks();
  jest.clearAllMocks();
});

describe('template picker', () => {
  it('shows a spinner until the template list arrives', async () => {
    const element = createLauncher();
    await flushPromises();

    const spinner = query<HTMLElement & { alternativeText: string }>(element, 'lightning-spinner');
    expect(spinner?.alternativeText).toBe('Loading templates');
    expect(radios(element)).toHaveLength(0);
    expect(runButton(element).disabled).toBe(true);
    await expect(element).toBeAccessible();
  });

  it('asks for the first page of all templates once, with no library filter', async () => {
    const updates = requestedConfigs();
    createLauncher();
    await flushPromises();

    expect(listTemplatesAdapter.getLastConfig()).toEqual({
      searchTerm: '',
      maxResults: TEMPLATES_PER_SEARCH,
      libraryId: null
    });
    expect(updates).toHaveBeenCalledTimes(1);
    await expect(document.body.firstChild).toBeAccessible();
  });

  it('passes the library filter property to the controller', async () => {
    createLauncher({ libraryId: ' 0585g000000LibrAAC ' });
    await flushPromises();

    expect(listTemplatesAdapter.getLastConfig().libraryId).toBe('0585g000000LibrAAC');
    await expect(document.body.firstChild).toBeAccessible();
  });

  it('lists the templates with title, library and last modified date', async () => {
    const element = createLauncher();
    listTemplatesAdapter.emit(templates);
    await flushPromises();

    const options = radios(element);
    expect(options.map((radio) => radio.value)).toEqual(templates.templates.map((template) => template.id));
    expect(options.every((radio) => !radio.checked)).toBe(true);
    const labels = Array.from(element.shadowRoot!.querySelectorAll('.slds-radio__label')).map((label) =>
      label.textContent?.trim()
    );
    expect(labels).toEqual(['Quote', 'Invoice', 'Welcome Letter']);
    const details = Array.from(element.shadowRoot!.querySelectorAll('.template-details'));
    expect(details[0].textContent).toContain('Sales Templates');
    expect(details[2].textContent).toContain('Not in a library');
    const dates = Array.from(
      element.shadowRoot!.querySelectorAll('.template-details lightning-formatted-date-time')
    );
    expect(dates.map((date) => (date as HTMLElement & { value: string }).value)).toEqual(
      templates.templates.map((template) => template.lastModifiedDate)
    );
    expect(query(element, '.more-templates')).toBeNull();
    expect(runButton(element).disabled).toBe(true);
    await expect(element).toBeAccessible();
  });

  it('enables the run button once a template is chosen', async () => {
    const element = createLauncher({ buttonLabel: 'Create quote' });
    listTemplatesAdapter.emit(templates);
    await flushPromises();

    radios(element)[1].click();
    await flushPromises();

    expect(radios(element)[1].checked).toBe(true);
    expect(runButton(element).disabled).toBe(false);
    expect(runButton(element).label).toBe('Create quote');
    await expect(element).toBeAccessible();
  });

  it('tells the user to refine the search when the controller capped the list', async () => {
    const element = createLauncher();
    listTemplatesAdapter.emit(templatesHasMore);
    await flushPromises();

    expect(radios(element)).toHaveLength(2);
    expect(query(element, '.more-templates')?.textContent).toBe(
      '2 shown — refine your search to find others.'
    );
    await expect(element).toBeAccessible();
  });

  it('explains how to add a template when the user can access none', async () => {
    const element = createLauncher();
    listTemplatesAdapter.emit(templatesEmpty);
    await flushPromises();

    expect(query(element, '.empty-state')?.textContent).toContain(
      'Upload a .dap file to a library you can access'
    );
    expect(runButton(element).disabled).toBe(true);
    await expect(element).toBeAccessible();
  });

  it("shows the controller's message when the list cannot be loaded", async () => {
    const element = createLauncher();
    listTemplatesAdapter.emitError({ body: { message: 'Search terms can be at most 100 characters long.' } });
    await flushPromises();

    const alert = query(element, '.template-list-error');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent).toBe('Search terms can be at most 100 characters long.');
    expect(query(element, 'lightning-spinner')).toBeNull();
    await expect(element).toBeAccessible();
  });
});

describe('search', () => {
  it('requests only the term the user settled on, after the debounce', async () => {
    jest.useFakeTimers();
    const updates = requestedConfigs();
    const element = createLauncher();
    listTemplatesAdapter.emit(templates);
    await flushPromises();

    for (const term of ['i', 'in', 'inv']) {
      typeSearch(element, term);
      jest.advanceTimersByTime(SEARCH_DELAY_MS - 50);
      await flushPromises();
    }
    expect(listTemplatesAdapter.getLastConfig().searchTerm).toBe('');
    expect(query(element, 'lightning-spinner')).not.toBeNull();

    jest.advanceTimersByTime(50);
    await flushPromises();
    expect(updates.mock.calls.map(([config]) => config.searchTerm)).toEqual(['', 'inv']);

    listTemplatesAdapter.emit(templatesSearchInvoice);
    await flushPromises();
    expect(radios(element).map((radio) => radio.value)).toEqual(['0695g000001TmplBAC']);
    jest.useRealTimers();
    await expect(element).toBeAccessible();
  });

  it('trims the term and says when nothing matches', async () => {
    jest.useFakeTimers();
    const element = createLauncher();
    typeSearch(element, '  zebra ');
    jest.advanceTimersByTime(SEARCH_DELAY_MS);
    await flushPromises();
    expect(listTemplatesAdapter.getLastConfig().searchTerm).toBe('zebra');

    listTemplatesAdapter.emit(templatesEmpty);
    await flushPromises();
    expect(query(element, '.empty-state')?.textContent).toContain('No templates match "zebra"');
    jest.useRealTimers();
    await expect(element).toBeAccessible();
  });

  it('drops an answer that arrives while a newer term is still settling', async () => {
    jest.useFakeTimers();
    const element = createLauncher();
    listTemplatesAdapter.emit(templates);
    typeSearch(element, 'q');
    jest.advanceTimersByTime(SEARCH_DELAY_MS);
    await flushPromises();
    expect(listTemplatesAdapter.getLastConfig().searchTerm).toBe('q');

    typeSearch(element, 'inv');
    // The answer for "q" lands after the user has moved on: it must not be shown.
    listTemplatesAdapter.emit(templates);
    await flushPromises();
    expect(radios(element)).toHaveLength(0);

    jest.advanceTimersByTime(SEARCH_DELAY_MS);
    await flushPromises();
    expect(listTemplatesAdapter.getLastConfig().searchTerm).toBe('inv');
    expect(radios(element)).toHaveLength(0);
    expect(query(element, 'lightning-spinner')).not.toBeNull();

    listTemplatesAdapter.emit(templatesSearchInvoice);
    await flushPromises();
    expect(radios(element).map((radio) => radio.value)).toEqual(['0695g000001TmplBAC']);
    jest.useRealTimers();
    await expect(element).toBeAccessible();
  });

  it('sends no new request when the user types back to the settled term', async () => {
    jest.useFakeTimers();
    const updates = requestedConfigs();
    const element = createLauncher();
    listTemplatesAdapter.emit(templates);
    await flushPromises();

    typeSearch(element, 'x');
    typeSearch(element, '');
    jest.advanceTimersByTime(SEARCH_DELAY_MS);
    await flushPromises();

    expect(updates).toHaveBeenCalledTimes(1);
    expect(radios(element)).toHaveLength(3);
    jest.useRealTimers();
    await expect(element).toBeAccessible();
  });

  it('keeps the chosen template when a search hides it from the list', async () => {
    jest.useFakeTimers();
    const element = createLauncher();
    listTemplatesAdapter.emit(templates);
    await flushPromises();
    radios(element)[0].click();

    typeSearch(element, 'inv');
    jest.advanceTimersByTime(SEARCH_DELAY_MS);
    listTemplatesAdapter.emit(templatesSearchInvoice);
    await flushPromises();

    expect(radios(element).some((radio) => radio.checked)).toBe(false);
    expect(query(element, '.selected-template')?.textContent).toContain('Quote');
    expect(runButton(element).disabled).toBe(false);
    jest.useRealTimers();
    await expect(element).toBeAccessible();
  });

  it('stops the debounce when the component leaves the page', async () => {
    jest.useFakeTimers();
    const updates = requestedConfigs();
    const element = createLauncher();
    await flushPromises();
    typeSearch(element, 'inv');
    removeLaunchers();
    jest.advanceTimersByTime(SEARCH_DELAY_MS);
    await flushPromises();

    expect(updates.mock.calls.map(([config]) => config.searchTerm)).toEqual(['']);
    jest.useRealTimers();
    await expect(document.body).toBeAccessible();
  });
});

describe('default template', () => {
  it('is preselected when it is in the list', async () => {
    getTemplateMock.mockResolvedValue(templates.templates[1]);
    const element = createLauncher({ defaultTemplateId: templates.templates[1].id });
    listTemplatesAdapter.emit(templates);
    await flushPromises();

    expect(getTemplateMock).toHaveBeenCalledWith({ templateId: templates.templates[1].id });
    expect(radios(element).map((radio) => radio.checked)).toEqual([false, true, false]);
    expect(query(element, '.selected-template')).toBeNull();
    expect(runButton(element).disabled).toBe(false);
    await expect(element).toBeAccessible();
  });

  it('is named below the list when the list does not show it', async () => {
    getTemplateMock.mockResolvedValue(defaultTemplate);
    const element = createLauncher({ defaultTemplateId: defaultTemplate.id });
    listTemplatesAdapter.emit(templates);
    await flushPromises();

    expect(query(element, '.selected-template')?.textContent).toContain('Contract');
    expect(runButton(element).disabled).toBe(false);
    await expect(element).toBeAccessible();
  });

  it("does not override the user's choice made while it was being checked", async () => {
    let answerDefault: (template: typeof defaultTemplate) => void = () => undefined;
    getTemplateMock.mockReturnValue(new Promise((resolve) => (answerDefault = resolve)));
    const element = createLauncher({ defaultTemplateId: defaultTemplate.id });
    listTemplatesAdapter.emit(templates);
    await flushPromises();
    radios(element)[2].click();

    answerDefault(defaultTemplate);
    await flushPromises();

    expect(radios(element)[2].checked).toBe(true);
    expect(query(element, '.selected-template')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it('that the controller rejects is reported to the admin while the picker keeps working', async () => {
    getTemplateMock.mockRejectedValue({
      body: { message: "The DAP template doesn't exist or isn't shared with you." }
    });
    const element = createLauncher({ defaultTemplateId: defaultTemplate.id });
    listTemplatesAdapter.emit(templates);
    await flushPromises();

    expect(query(element, '.default-template-warning')?.textContent).toBe(
      "The default template can't be used: The DAP template doesn't exist or isn't shared with you. " +
        'Pick another .dap file Id in Lightning App Builder.'
    );
    expect(radios(element)).toHaveLength(3);
    expect(runButton(element).disabled).toBe(true);
    radios(element)[0].click();
    await flushPromises();
    expect(runButton(element).disabled).toBe(false);
    expect(text(element)).toContain('Quote');
    await expect(element).toBeAccessible();
  });
});
