// @salesforce/apex/DynamoLauncherController.postTask in the workbench (not cacheable: it starts a task).
import { apexMethod } from './apexClient';

export default apexMethod('postTask');
