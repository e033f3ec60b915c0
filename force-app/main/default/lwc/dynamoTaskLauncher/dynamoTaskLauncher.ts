import { LightningElement, api, wire } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import listTemplates from '@salesforce/apex/DynamoLauncherController.listTemplates';
import getTemplate from '@salesforce/apex/DynamoLauncherController.getTemplate';
import postTask from '@salesforce/apex/DynamoLauncherController.postTask';
import type { DapTemplate, TaskResult, TemplateList } from '@dynamo/contract';
import { errorMessageOf } from './apexErrorMessage';
import { LABELS, formatLabel } from './launcherLabels';
import { isTrue, normalizedText, settingsProblems, taskModeOf } from './launcherSettings';
import { quotaMetersOf, type QuotaMeter } from './quotaMeters';

/** Long enough to skip the keystrokes of a word being typed, short enough to feel instant. */
export const SEARCH_DELAY_MS = 300;
/** What we ask for; the controller applies its own hard cap on top. */
export const TEMPLATES_PER_SEARCH = 50;

interface WiredTemplates {
  data?: TemplateList;
  error?: unknown;
}

interface TemplateOption {
  id: string;
  title: string;
  /** Library name and "modified"; the date follows in its own formatted element. */
  details: string;
  lastModifiedDate: string;
  checked: boolean;
  descriptionId: string;
}

let launcherCount = 0;

export default class DynamoTaskLauncher extends LightningElement {
  @api recordId?: string;
  @api objectApiName?: string;
  @api cardTitle = 'Documill Dynamo';
  @api buttonLabel = 'Start Dynamo task';
  @api defaultTemplateId?: string;
  @api extraParams?: string;
  @api taskMode?: string;

  @api
  get showQuota(): boolean {
    return this.isQuotaShown;
  }
  set showQuota(value: boolean | string) {
    // A public boolean must default to false, so the "on by default" lives in a private field.
    this.isQuotaShown = isTrue(value);
  }

  @api
  get libraryId(): string | undefined {
    return this.libraryFilter ?? undefined;
  }
  set libraryId(value: string | undefined) {
    // The wire skips undefined parameters, so "no filter" travels as null.
    this.libraryFilter = normalizedText(value);
  }

  // One-click mode. Not "oneClickMode": LWC reserves public names starting with "on" for event handlers.
  @api
  get defaultTemplateOnly(): boolean {
    return this.isOneClick;
  }
  set defaultTemplateOnly(value: boolean | string) {
    this.isOneClick = isTrue(value);
    // One-click mode has no picker: an undefined search term keeps the list from being requested at all.
    this.querySearchTerm = this.isOneClick ? undefined : this.settledSearchTerm;
  }

  /** The card's words, for the template. */
  label = LABELS;

  /** Radio names are document-wide under synthetic shadow: two launchers on a page must not share one. */
  radioGroupName = `dynamo-template-${++launcherCount}`;
  isOneClick = false;
  isQuotaShown = true;
  libraryFilter: string | null = null;
  maxResults = TEMPLATES_PER_SEARCH;

  /** What the search box shows right now. */
  searchInput = '';
  /** The term the user settled on (after the debounce). */
  settledSearchTerm = '';
  /** The term the wire asks for; undefined while no list is wanted. */
  querySearchTerm: string | undefined = '';
  searchTimer: ReturnType<typeof setTimeout> | undefined;

  templateAnswer: WiredTemplates | undefined;
  /** The query that was current when the answer arrived: an answer for an older term is never shown. */
  answeredSearchTerm: string | undefined;

  selectedTemplate: DapTemplate | null = null;
  isCheckingDefaultTemplate = false;
  defaultTemplateError: string | null = null;

  isPosting = false;
  postError: string | null = null;
  result: TaskResult | null = null;
  copyStatus: string | null = null;

  override connectedCallback(): void {
    this.checkDefaultTemplate();
  }

  override disconnectedCallback(): void {
    clearTimeout(this.searchTimer);
    this.searchTimer = undefined;
  }

  @wire(listTemplates, {
    searchTerm: '$querySearchTerm',
    maxResults: '$maxResults',
    libraryId: '$libraryFilter'
  })
  wiredTemplates(answer: WiredTemplates): void {
    this.templateAnswer = answer;
    this.answeredSearchTerm = this.querySearchTerm;
  }

  // ----- settings -----

  get settingsProblems(): string[] {
    return settingsProblems({
      recordId: this.recordId,
      defaultTemplateId: this.defaultTemplateId,
      oneClickMode: this.isOneClick,
      extraParams: this.extraParams,
      taskMode: this.taskMode
    });
  }

  /** Problems that leave nothing to run: shown instead of the launcher. */
  get blockingProblems(): string[] {
    const problems = this.settingsProblems;
    if (this.isOneClick && this.defaultTemplateError) {
      return [...problems, this.defaultTemplateProblem as string];
    }
    return problems;
  }

  get hasBlockingProblems(): boolean {
    return this.blockingProblems.length > 0;
  }

  get defaultTemplateProblem(): string | null {
    return this.defaultTemplateError
      ? formatLabel(LABELS.defaultTemplateUnusable, this.defaultTemplateError)
      : null;
  }

  /** In picker mode a broken default is only a warning: users can still pick a template. */
  get showDefaultTemplateWarning(): boolean {
    return !this.isOneClick && this.defaultTemplateError !== null;
  }

  checkDefaultTemplate(): void {
    const templateId = normalizedText(this.defaultTemplateId);
    if (!templateId || this.settingsProblems.length) {
      return;
    }
    this.isCheckingDefaultTemplate = true;
    this.defaultTemplateError = null;
    getTemplate({ templateId })
      .then((template) => {
        // A template the user picked while we checked wins over the default.
        if (!this.selectedTemplate) {
          this.selectedTemplate = template;
        }
      })
      .catch((error: unknown) => {
        this.defaultTemplateError = errorMessageOf(error);
      })
      .finally(() => {
        this.isCheckingDefaultTemplate = false;
      });
  }

  // ----- picker -----

  get showPicker(): boolean {
    return !this.isOneClick;
  }

  get isSearchSettling(): boolean {
    return this.searchTimer !== undefined;
  }

  get currentAnswer(): WiredTemplates | undefined {
    if (this.isSearchSettling || this.answeredSearchTerm !== this.querySearchTerm) {
      return undefined;
    }
    return this.templateAnswer;
  }

  get isLoadingTemplates(): boolean {
    const answer = this.currentAnswer;
    return !answer || (!answer.data && !answer.error);
  }

  get templateListError(): string | null {
    const error = this.currentAnswer?.error;
    return error ? errorMessageOf(error) : null;
  }

  get templateList(): TemplateList | null {
    const answer = this.currentAnswer;
    return answer && !answer.error && answer.data ? answer.data : null;
  }

  get hasNoTemplates(): boolean {
    return this.templateList?.templates.length === 0;
  }

  get hasTemplates(): boolean {
    return (this.templateList?.templates.length ?? 0) > 0;
  }

  get isSearching(): boolean {
    return this.settledSearchTerm !== '';
  }

  get noMatchHeading(): string {
    return formatLabel(LABELS.noMatchHeading, this.settledSearchTerm);
  }

  get templateOptions(): TemplateOption[] {
    const selectedId = this.selectedTemplate?.id;
    return (this.templateList?.templates ?? []).map((template) => ({
      id: template.id,
      title: template.title,
      details: formatLabel(LABELS.templateModified, template.libraryName ?? LABELS.notInLibrary),
      lastModifiedDate: template.lastModifiedDate,
      checked: template.id === selectedId,
      descriptionId: `template-details-${template.id}`
    }));
  }

  get moreTemplatesMessage(): string | null {
    const list = this.templateList;
    return list?.hasMore ? formatLabel(LABELS.moreTemplates, list.templates.length) : null;
  }

  /** The choice stays visible when a search hides it from the list. */
  get showSelectedOutsideList(): boolean {
    const selected = this.selectedTemplate;
    return selected !== null && !this.templateOptions.some((option) => option.id === selected.id);
  }

  handleSearchChange(event: Event): void {
    this.searchInput = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    // eslint-disable-next-line @lwc/lwc/no-async-operation
    this.searchTimer = setTimeout(() => {
      this.searchTimer = undefined;
      this.settledSearchTerm = this.searchInput.trim();
      this.querySearchTerm = this.settledSearchTerm;
    }, SEARCH_DELAY_MS);
  }

  handleTemplateChange(event: Event): void {
    const templateId = (event.target as HTMLInputElement).value;
    const template = this.templateList?.templates.find((candidate) => candidate.id === templateId);
    if (template) {
      this.selectedTemplate = template;
    }
  }

  // ----- run -----

  get selectedTemplateTitle(): string {
    return this.selectedTemplate?.title ?? '';
  }

  get isRunDisabled(): boolean {
    return this.isPosting || !this.selectedTemplate || this.hasBlockingProblems;
  }

  get showOneClickWaiting(): boolean {
    return this.isOneClick && !this.selectedTemplate && this.isCheckingDefaultTemplate;
  }

  async handleRun(): Promise<void> {
    // The guard, not the disabled attribute, is what makes a double click post once.
    const template = this.selectedTemplate;
    if (this.isPosting || !template || !this.recordId || this.hasBlockingProblems) {
      return;
    }
    this.isPosting = true;
    this.postError = null;
    this.result = null;
    this.copyStatus = null;
    try {
      this.result = await postTask({
        request: {
          templateId: template.id,
          recordId: this.recordId,
          extraParams: normalizedText(this.extraParams),
          mode: taskModeOf(this.taskMode) ?? 'json'
        }
      });
    } catch (error) {
      this.postError = errorMessageOf(error);
      this.dispatchEvent(
        new ShowToastEvent({ title: LABELS.taskNotStarted, message: this.postError, variant: 'error' })
      );
    } finally {
      this.isPosting = false;
    }
  }

  // ----- result -----

  get showQuotaMeters(): boolean {
    return this.result !== null && this.isQuotaShown;
  }

  get quotaMeters(): QuotaMeter[] | null {
    return quotaMetersOf(this.result?.usage);
  }

  async handleCopyTaskId(): Promise<void> {
    const taskId = this.result?.taskId;
    if (!taskId) {
      return;
    }
    try {
      await navigator.clipboard.writeText(taskId);
      this.copyStatus = LABELS.copyDone;
    } catch {
      this.copyStatus = LABELS.copyFailed;
    }
  }
}
