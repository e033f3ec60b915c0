// DynamoLauncherController for the workbench: the contract in types/dynamo-contract.d.ts, the same
// validations in the same order as the Apex class, and the same user-facing messages (its Custom Labels).
// Files come from the workbench's template library; the callout goes to the Dynamo emulator.
import type {
  DapTemplate,
  GetTemplateParams,
  ListTemplatesParams,
  PostTaskParams,
  TaskMode,
  TaskResult,
  TemplateList
} from '@dynamo/contract';
import { type DynamoEndpoint, postDynamoTask } from './dynamo-callout.ts';
import type { LauncherSettings } from './salesforce-metadata.ts';
import { isSalesforceId } from './salesforce-ids.ts';
import { StandInError } from './stand-in-error.ts';
import { type LibraryFile, type TemplateLibrary, templateBytes } from './template-library.ts';

export const DEFAULT_MAX_RESULTS = 50;
export const HARD_MAX_RESULTS = 200;
export const MAX_SEARCH_TERM_LENGTH = 100;
const TASK_MODES: readonly TaskMode[] = ['json', 'multipart'];
const BYTES_PER_MB = 1024 * 1024;

/** The org around the controller: who we are, which records exist, what can go wrong outside the code. */
export interface FakeOrg {
  orgId: string;
  myDomainUrl: string;
  /** Records the user can read, by 15-character Id. */
  records: Map<string, { name: string; objectApiName: string }>;
  /** The API-enabled session the Visualforce page would give: a placeholder that must never leave the server. */
  sessionId: string;
}

/** Conditions of the org that the panel can switch on to see each message. */
export interface OrgFaults {
  /** The user lacks the Dynamo_Launcher_User permission set (its custom permission). */
  noPermission: boolean;
  /** The Named Credential is missing or misconfigured. */
  namedCredentialMissing: boolean;
  /** The session page returned a login page instead of a session. */
  sessionUnavailable: boolean;
}

export const NO_FAULTS: OrgFaults = {
  noPermission: false,
  namedCredentialMissing: false,
  sessionUnavailable: false
};

export interface ApexStandInOptions {
  org: FakeOrg;
  settings: LauncherSettings;
  library: () => TemplateLibrary;
  faults: () => OrgFaults;
  dynamo: () => DynamoEndpoint;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function toTemplate(file: LibraryFile): DapTemplate {
  const { id, title, fileName, libraryId, libraryName, lastModifiedDate, contentSize } = file;
  return { id, title, fileName, libraryId, libraryName, lastModifiedDate, contentSize };
}

export class ApexStandIn {
  constructor(private readonly options: ApexStandInOptions) {}

  listTemplates(params: ListTemplatesParams): TemplateList {
    const searchTerm = text(params.searchTerm);
    if (searchTerm && searchTerm.length > MAX_SEARCH_TERM_LENGTH)
      throw new StandInError('DL_Error_SearchTermTooLong');
    const libraryId = text(params.libraryId);
    if (libraryId && (!isSalesforceId(libraryId) || !libraryId.startsWith('058'))) {
      throw new StandInError('DL_Error_LibraryInvalidId');
    }
    const requested =
      typeof params.maxResults === 'number' && params.maxResults > 0
        ? Math.floor(params.maxResults)
        : DEFAULT_MAX_RESULTS;
    const maxResults = Math.min(requested, HARD_MAX_RESULTS);
    const needle = searchTerm?.toLowerCase();
    const matching = this.options
      .library()
      .files.filter(
        (file) =>
          file.fileExtension === 'dap' &&
          (!libraryId || file.libraryId === libraryId) &&
          (!needle || file.title.toLowerCase().includes(needle))
      )
      .sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
    return {
      templates: matching.slice(0, maxResults).map(toTemplate),
      hasMore: matching.length > maxResults,
      maxResults
    };
  }

  getTemplate(params: GetTemplateParams): DapTemplate {
    return toTemplate(this.findTemplate(params.templateId));
  }

  /** DynamoLauncherService.postTask: permission, inputs, template, record, session, credential, callout. */
  async postTask(params: PostTaskParams): Promise<TaskResult> {
    const { org, settings } = this.options;
    const faults = this.options.faults();
    if (faults.noPermission) throw new StandInError('DL_Error_NoPermission');
    const request: Partial<PostTaskParams['request']> = params?.request ?? {};

    const templateId = this.validTemplateId(request.templateId);
    const recordId = text(request.recordId);
    if (!recordId) throw new StandInError('DL_Error_RecordRequired');
    if (!isSalesforceId(recordId)) throw new StandInError('DL_Error_RecordInvalidId');
    const extraParams = this.parseExtraParams(request.extraParams);
    const mode = this.validMode(request.mode);

    const template = this.findTemplate(templateId);
    if (mode === 'multipart' && template.contentSize > settings.maxTemplateSizeMb * BYTES_PER_MB) {
      // Decimal.divide(BYTES_PER_MB, 1, RoundingMode.UP) and stripTrailingZeros(), as the Apex message shows them.
      const sizeMb = (Math.ceil((template.contentSize / BYTES_PER_MB) * 10) / 10).toFixed(1);
      throw new StandInError('DL_Error_TemplateTooLarge', sizeMb, String(settings.maxTemplateSizeMb));
    }
    if (!org.records.has(recordId.slice(0, 15))) throw new StandInError('DL_Error_RecordNotFound');
    // The session is read before the request is built, so its failure comes before the credential's.
    if (faults.sessionUnavailable) throw new StandInError('DL_Error_Session');
    if (faults.namedCredentialMissing) {
      throw new StandInError('DL_Error_NamedCredential', settings.namedCredential.slice(0, 80));
    }

    return postDynamoTask(this.options.dynamo(), {
      mode,
      templateId: template.id,
      recordId,
      extraParams,
      integration: {
        type: 'Salesforce',
        sessionID: org.sessionId,
        serverURL: `${org.myDomainUrl}/services/Soap/u/${settings.serverUrlApiVersion}/${org.orgId}`
      },
      embeddedTemplate:
        mode === 'multipart' ? { fileName: template.fileName, bytes: templateBytes(template) } : undefined
    });
  }

  private validTemplateId(value: unknown): string {
    const templateId = text(value);
    if (!templateId) throw new StandInError('DL_Error_TemplateRequired');
    if (!isSalesforceId(templateId) || !templateId.startsWith('069'))
      throw new StandInError('DL_Error_TemplateInvalidId');
    return templateId;
  }

  private validMode(value: unknown): TaskMode {
    const mode = text(value);
    if (!mode) return 'json';
    if ((TASK_MODES as readonly string[]).includes(mode.toLowerCase())) return mode.toLowerCase() as TaskMode;
    // String.abbreviate(40): at most 40 characters, ending in "..." when cut.
    throw new StandInError('DL_Error_ModeInvalid', mode.length > 40 ? `${mode.slice(0, 37)}...` : mode);
  }

  private findTemplate(templateIdValue: unknown): LibraryFile {
    const templateId = text(templateIdValue);
    if (!templateId) throw new StandInError('DL_Error_TemplateRequired');
    if (!isSalesforceId(templateId) || !templateId.startsWith('069'))
      throw new StandInError('DL_Error_TemplateInvalidId');
    // 15- and 18-character forms name the same file.
    const file = this.options
      .library()
      .files.find((candidate) => candidate.id.slice(0, 15) === templateId.slice(0, 15));
    if (!file) throw new StandInError('DL_Error_TemplateNotFound');
    if (file.fileExtension !== 'dap') throw new StandInError('DL_Error_TemplateNotDap', file.fileName);
    return file;
  }

  private parseExtraParams(value: unknown): Record<string, unknown> {
    const raw = text(value);
    if (!raw) return {};
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      throw new StandInError('DL_Error_ExtraParamsNotObject');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new StandInError('DL_Error_ExtraParamsNotObject');
    }
    if (Object.prototype.hasOwnProperty.call(parsed, 'id')) throw new StandInError('DL_Error_ExtraParamsId');
    return parsed as Record<string, unknown>;
  }
}
