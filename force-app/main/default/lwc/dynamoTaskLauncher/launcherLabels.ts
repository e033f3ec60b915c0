// The words the card shows and announces, as Custom Labels: the org serves them in the user's language, so an
// admin translates them in the Translation Workbench. App Builder property defaults (card title, button label)
// are the admin's own words and stay out of here.
import settingsProblemsHeading from '@salesforce/label/c.DL_UI_SettingsProblemsHeading';
import warningIcon from '@salesforce/label/c.DL_UI_WarningIcon';
import extraParamsNotJson from '@salesforce/label/c.DL_UI_ExtraParamsNotJson';
import extraParamsNotObject from '@salesforce/label/c.DL_UI_ExtraParamsNotObject';
import extraParamsHasId from '@salesforce/label/c.DL_UI_ExtraParamsHasId';
import taskModeUnsupported from '@salesforce/label/c.DL_UI_TaskModeUnsupported';
import defaultTemplateNotFileId from '@salesforce/label/c.DL_UI_DefaultTemplateNotFileId';
import oneClickNeedsDefault from '@salesforce/label/c.DL_UI_OneClickNeedsDefault';
import recordRequired from '@salesforce/label/c.DL_UI_RecordRequired';
import defaultTemplateUnusable from '@salesforce/label/c.DL_UI_DefaultTemplateUnusable';
import searchLabel from '@salesforce/label/c.DL_UI_SearchLabel';
import searchPlaceholder from '@salesforce/label/c.DL_UI_SearchPlaceholder';
import loadingTemplates from '@salesforce/label/c.DL_UI_LoadingTemplates';
import noMatchHeading from '@salesforce/label/c.DL_UI_NoMatchHeading';
import noMatchHelp from '@salesforce/label/c.DL_UI_NoMatchHelp';
import noTemplatesHeading from '@salesforce/label/c.DL_UI_NoTemplatesHeading';
import noTemplatesHelp from '@salesforce/label/c.DL_UI_NoTemplatesHelp';
import templateLegend from '@salesforce/label/c.DL_UI_TemplateLegend';
import templateModified from '@salesforce/label/c.DL_UI_TemplateModified';
import notInLibrary from '@salesforce/label/c.DL_UI_NotInLibrary';
import moreTemplates from '@salesforce/label/c.DL_UI_MoreTemplates';
import selectedTemplate from '@salesforce/label/c.DL_UI_SelectedTemplate';
import oneClickTemplate from '@salesforce/label/c.DL_UI_OneClickTemplate';
import checkingTemplate from '@salesforce/label/c.DL_UI_CheckingTemplate';
import startingTask from '@salesforce/label/c.DL_UI_StartingTask';
import taskNotStarted from '@salesforce/label/c.DL_UI_TaskNotStarted';
import retryHint from '@salesforce/label/c.DL_UI_RetryHint';
import genericError from '@salesforce/label/c.DL_UI_GenericError';
import taskIdHeading from '@salesforce/label/c.DL_UI_TaskIdHeading';
import copyTaskId from '@salesforce/label/c.DL_UI_CopyTaskId';
import copyDone from '@salesforce/label/c.DL_UI_CopyDone';
import copyFailed from '@salesforce/label/c.DL_UI_CopyFailed';
import messageHeading from '@salesforce/label/c.DL_UI_MessageHeading';
import startedHeading from '@salesforce/label/c.DL_UI_StartedHeading';
import quotaHeading from '@salesforce/label/c.DL_UI_QuotaHeading';
import usageNotReported from '@salesforce/label/c.DL_UI_UsageNotReported';
import quotaApiCalls from '@salesforce/label/c.DL_UI_QuotaApiCalls';
import quotaSignatures from '@salesforce/label/c.DL_UI_QuotaSignatures';
import counterNotReported from '@salesforce/label/c.DL_UI_CounterNotReported';
import counterNotReportedAria from '@salesforce/label/c.DL_UI_CounterNotReportedAria';
import counterSummary from '@salesforce/label/c.DL_UI_CounterSummary';
import counterAria from '@salesforce/label/c.DL_UI_CounterAria';
import quotaUsedUp from '@salesforce/label/c.DL_UI_QuotaUsedUp';
import quotaAlmostUsedUp from '@salesforce/label/c.DL_UI_QuotaAlmostUsedUp';
import quotaRunningLow from '@salesforce/label/c.DL_UI_QuotaRunningLow';

export const LABELS = {
  settingsProblemsHeading,
  warningIcon,
  extraParamsNotJson,
  extraParamsNotObject,
  extraParamsHasId,
  taskModeUnsupported,
  defaultTemplateNotFileId,
  oneClickNeedsDefault,
  recordRequired,
  defaultTemplateUnusable,
  searchLabel,
  searchPlaceholder,
  loadingTemplates,
  noMatchHeading,
  noMatchHelp,
  noTemplatesHeading,
  noTemplatesHelp,
  templateLegend,
  templateModified,
  notInLibrary,
  moreTemplates,
  selectedTemplate,
  oneClickTemplate,
  checkingTemplate,
  startingTask,
  taskNotStarted,
  retryHint,
  genericError,
  taskIdHeading,
  copyTaskId,
  copyDone,
  copyFailed,
  messageHeading,
  startedHeading,
  quotaHeading,
  usageNotReported,
  quotaApiCalls,
  quotaSignatures,
  counterNotReported,
  counterNotReportedAria,
  counterSummary,
  counterAria,
  quotaUsedUp,
  quotaAlmostUsedUp,
  quotaRunningLow
} as const;

/**
 * Fills a label's {0}, {1}… with the values, in order. Only a number in braces is a placeholder, so a label may
 * show a JSON example such as {"language": "fi"}; no MessageFormat quoting, so apostrophes stay as written.
 */
export function formatLabel(label: string, ...values: ReadonlyArray<string | number>): string {
  return label.replace(/\{(\d+)\}/g, (placeholder, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? placeholder : String(value);
  });
}
