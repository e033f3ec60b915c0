// Platform modules that neither `lwc` nor @salesforce/lightning-types declare, typed for this project.

// A cacheable Apex method's import is both an imperative function and a wire adapter.
declare module '@salesforce/apex/DynamoLauncherController.listTemplates' {
  import type { WireAdapterConstructor } from 'lwc';
  import type { ListTemplatesParams, TemplateList } from '@dynamo/contract';
  const listTemplates: ((params: ListTemplatesParams) => Promise<TemplateList>) &
    WireAdapterConstructor<ListTemplatesParams, { data?: TemplateList; error?: unknown }>;
  export default listTemplates;
}

declare module '@salesforce/apex/DynamoLauncherController.getTemplate' {
  import type { WireAdapterConstructor } from 'lwc';
  import type { DapTemplate, GetTemplateParams } from '@dynamo/contract';
  const getTemplate: ((params: GetTemplateParams) => Promise<DapTemplate>) &
    WireAdapterConstructor<GetTemplateParams, { data?: DapTemplate; error?: unknown }>;
  export default getTemplate;
}

declare module '@salesforce/apex/DynamoLauncherController.postTask' {
  import type { PostTaskParams, TaskResult } from '@dynamo/contract';
  const postTask: (params: PostTaskParams) => Promise<TaskResult>;
  export default postTask;
}

declare module 'lightning/platformShowToastEvent' {
  export interface ShowToastEventDetail {
    title?: string;
    message: string;
    variant?: 'info' | 'success' | 'warning' | 'error';
    mode?: 'dismissible' | 'pester' | 'sticky';
  }
  export class ShowToastEvent extends CustomEvent<ShowToastEventDetail> {
    constructor(detail: ShowToastEventDetail);
  }
}

// Custom Labels: the org (and the Translation Workbench) gives the text in the user's language.
declare module '@salesforce/label/c.*' {
  const label: string;
  export default label;
}

declare module '@salesforce/i18n/locale' {
  /** The running user's Salesforce locale, e.g. "en-US". */
  const locale: string;
  export default locale;
}
