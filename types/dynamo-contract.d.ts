/**
 * The contract between the dynamoTaskLauncher component and the Apex class DynamoLauncherController,
 * declared once. The component, its jest tests, the workbench's Apex stand-in and the Dynamo emulator all
 * import these types; scripts/check-contract checks them against the Apex signatures.
 */

/** How the task reaches Dynamo: by ContentDocument reference (JSON) or with the DAP embedded (multipart). */
export type TaskMode = 'json' | 'multipart';

/** A DAP template file (ContentDocument with FileExtension 'dap') the running user can access. */
export interface DapTemplate {
  /** ContentDocument Id (prefix 069). */
  id: string;
  title: string;
  /** The latest version's file name, e.g. "Quote.dap". */
  fileName: string;
  /** ContentWorkspace (library) Id, or null when the file is not in a library. */
  libraryId: string | null;
  libraryName: string | null;
  /** ISO 8601 timestamp of the document's last change. */
  lastModifiedDate: string;
  /** Size of the latest version in bytes. */
  contentSize: number;
}

/** Parameters of DynamoLauncherController.listTemplates (cacheable). */
export interface ListTemplatesParams {
  searchTerm?: string | null;
  maxResults?: number | null;
  libraryId?: string | null;
}

/** Answer of DynamoLauncherController.listTemplates. */
export interface TemplateList {
  templates: DapTemplate[];
  /** True when more templates match than were returned (the user should refine the search). */
  hasMore: boolean;
  /** The cap that was applied. */
  maxResults: number;
}

/** Parameters of DynamoLauncherController.getTemplate (cacheable): validates a configured default template. */
export interface GetTemplateParams {
  templateId: string;
}

/** The request DynamoLauncherController.postTask takes, as `postTask({ request })`. */
export interface PostTaskRequest {
  /** ContentDocument Id of the DAP template. */
  templateId: string;
  /** The current record's Id: always sent as params.id. */
  recordId: string;
  /** A JSON object (as text) merged into params; it can never set `id`. */
  extraParams?: string | null;
  /** Defaults to 'json'. */
  mode?: TaskMode | null;
}

export interface PostTaskParams {
  request: PostTaskRequest;
}

/** One of Dynamo's usage counters for the current term. */
export interface QuotaCounter {
  term: number;
  termMax: number;
}

/** Dynamo's usage report; either counter may be missing from an answer. */
export interface DynamoUsage {
  api: QuotaCounter | null;
  signature: QuotaCounter | null;
}

/** Answer of DynamoLauncherController.postTask when Dynamo accepted the task (HTTP 202). */
export interface TaskResult {
  /** Dynamo's task ID, e.g. "t-223e5458ec7f9a57802e3e31deba48cb". */
  taskId: string;
  /** Dynamo's informative message, e.g. "Success"; null when the answer had none. */
  message: string | null;
  /** Null when Dynamo's answer carried no usage. */
  usage: DynamoUsage | null;
  /** ISO 8601 timestamp of when the task was accepted. */
  submittedAt: string;
  mode: TaskMode;
  templateId: string;
  recordId: string;
}

/** The shape in which a failed Apex call (AuraHandledException) reaches the component. */
export interface ApexError {
  status?: number;
  statusText?: string;
  body: { message: string } | Array<{ message: string }> | null;
}
