import {
  RECORD_ID,
  createLauncher,
  flushPromises,
  getTemplateMock,
  listTemplatesAdapter,
  postTaskMock,
  query,
  queryAll,
  removeLaunchers,
  runButton,
  taskResultFrom,
  text
} from './launcherHarness';
import defaultTemplate from './data/defaultTemplate.json';
import templates from './data/templates.json';

function problems(element: HTMLElement): string[] {
  return queryAll(element, '.settings-problems li').map((item) => item.textContent ?? '');
}

afterEach(() => {
  removeLaunchers();
  jest.clearAllMocks();
});

describe('App Builder properties', () => {
  it('uses the card title and button label the admin set', async () => {
    const element = createLauncher({ cardTitle: 'Quotes', buttonLabel: 'Create quote' });
    await flushPromises();

    expect(query<HTMLElement & { title: string }>(element, 'lightning-card')?.title).toBe('Quotes');
    expect(runButton(element).label).toBe('Create quote');
    expect(query(element, '.settings-problems')).toBeNull();
    await expect(element).toBeAccessible();
  });

  it.each([
    [
      'extra parameters that are not JSON',
      { extraParams: '{language: fi}' },
      'Extra parameters are not valid JSON. Enter a JSON object, for example {"language": "fi"}.'
    ],
    [
      'extra parameters that are a list',
      { extraParams: '["fi"]' },
      'Extra parameters must be a JSON object, for example {"language": "fi"}, not a list or a single value.'
    ],
    [
      'extra parameters that are a single value',
      { extraParams: '42' },
      'Extra parameters must be a JSON object, for example {"language": "fi"}, not a list or a single value.'
    ],
    [
      'extra parameters that set id',
      { extraParams: '{"id": "001000000000001AAA"}' },
      'Extra parameters cannot set "id": Dynamo always receives the current record\'s Id. Remove "id".'
    ],
    [
      'an unknown task mode',
      { taskMode: 'xml' },
      'Task mode "xml" is not supported. Choose "json" or "multipart".'
    ],
    [
      'a default template that is not a file Id',
      { defaultTemplateId: '0015g00000XyZabAAF' },
      'Default template "0015g00000XyZabAAF" is not a file Id. Use the 15- or 18-character Id of the .dap file, starting with 069.'
    ],
    [
      'one-click mode without a default template',
      { defaultTemplateOnly: true },
      'One-click mode needs a default template. Set "Default template ID" or turn one-click mode off.'
    ],
    ['no record', { recordId: undefined }, 'This component needs a record: place it on a record page.']
  ])('explains %s to the admin instead of breaking', async (_case, props, message) => {
    const element = createLauncher(props);
    listTemplatesAdapter.emit(templates);
    await flushPromises();

    expect(problems(element)).toEqual([message]);
    expect(query(element, 'input.search-input')).toBeNull();
    expect(query(element, 'lightning-button')).toBeNull();
    expect(getTemplateMock).not.toHaveBeenCalled();
    await expect(element).toBeAccessible();
  });

  it('lists every problem at once', async () => {
    const element = createLauncher({ extraParams: '[]', taskMode: 'pdf', defaultTemplateOnly: 'true' });
    await flushPromises();

    expect(problems(element)).toHaveLength(3);
    await expect(element).toBeAccessible();
  });

  it('accepts an empty task mode as JSON and blank extra parameters as none', async () => {
    postTaskMock.mockResolvedValue(taskResultFrom('accepted'));
    getTemplateMock.mockResolvedValue(defaultTemplate);
    const element = createLauncher({
      taskMode: '',
      extraParams: '   ',
      defaultTemplateId: defaultTemplate.id
    });
    await flushPromises();
    runButton(element).click();
    await flushPromises();

    expect(query(element, '.settings-problems')).toBeNull();
    expect(postTaskMock).toHaveBeenCalledWith({
      request: { templateId: defaultTemplate.id, recordId: RECORD_ID, extraParams: null, mode: 'json' }
    });
    await expect(element).toBeAccessible();
  });
});

describe('one-click mode', () => {
  it('shows no picker and never asks for the template list', async () => {
    getTemplateMock.mockResolvedValue(defaultTemplate);
    const element = createLauncher({ defaultTemplateOnly: true, defaultTemplateId: defaultTemplate.id });
    await flushPromises();

    expect(query(element, 'input.search-input')).toBeNull();
    expect(query(element, 'input[type="radio"]')).toBeNull();
    // The wire never calls Apex while a parameter is undefined.
    expect(listTemplatesAdapter.getLastConfig().searchTerm).toBeUndefined();
    expect(query(element, '.selected-template')?.textContent).toContain('Contract');
    await expect(element).toBeAccessible();
  });

  it('waits for the default template to be checked before it can run', async () => {
    let answerDefault: (template: typeof defaultTemplate) => void = () => undefined;
    getTemplateMock.mockReturnValue(new Promise((resolve) => (answerDefault = resolve)));
    const element = createLauncher({ defaultTemplateOnly: true, defaultTemplateId: defaultTemplate.id });
    await flushPromises();

    const spinner = query<HTMLElement & { alternativeText: string }>(element, 'lightning-spinner');
    expect(spinner?.alternativeText).toBe('Checking the template');
    expect(runButton(element).disabled).toBe(true);

    answerDefault(defaultTemplate);
    await flushPromises();
    expect(runButton(element).disabled).toBe(false);
    await expect(element).toBeAccessible();
  });

  it('posts the default template in one click', async () => {
    getTemplateMock.mockResolvedValue(defaultTemplate);
    postTaskMock.mockResolvedValue(taskResultFrom('accepted', defaultTemplate.id));
    const element = createLauncher({ defaultTemplateOnly: true, defaultTemplateId: defaultTemplate.id });
    await flushPromises();
    runButton(element).click();
    await flushPromises();

    expect(postTaskMock).toHaveBeenCalledWith({
      request: { templateId: defaultTemplate.id, recordId: RECORD_ID, extraParams: null, mode: 'json' }
    });
    expect(query(element, '.task-id')?.textContent).toBe('t-f12de82ea4ed01ffb022d2c7855eaaef');
    await expect(element).toBeAccessible();
  });

  it('reports a default template the controller rejects to the admin', async () => {
    getTemplateMock.mockRejectedValue({ body: { message: 'The file "Notes.txt" is not a DAP template.' } });
    const element = createLauncher({ defaultTemplateOnly: true, defaultTemplateId: defaultTemplate.id });
    await flushPromises();

    expect(problems(element)).toEqual([
      'The default template can\'t be used: The file "Notes.txt" is not a DAP template. ' +
        'Pick another .dap file Id in Lightning App Builder.'
    ]);
    expect(query(element, 'lightning-button')).toBeNull();
    expect(text(element)).not.toContain('Template: ');
    await expect(element).toBeAccessible();
  });
});

describe('public properties', () => {
  it('read back as the component understood them', async () => {
    const element = createLauncher({
      libraryId: '  ',
      defaultTemplateOnly: 'false',
      showQuota: 'false'
    }) as HTMLElement & { libraryId?: string; defaultTemplateOnly: boolean; showQuota: boolean };
    await flushPromises();

    expect(element.libraryId).toBeUndefined();
    expect(element.defaultTemplateOnly).toBe(false);
    expect(element.showQuota).toBe(false);
    expect(listTemplatesAdapter.getLastConfig().libraryId).toBeNull();
    await expect(element).toBeAccessible();
  });
});
