// @salesforce/apex/DynamoLauncherController.listTemplates in the workbench (cacheable=true).
import { cacheableApexMethod } from './apexClient';

export default cacheableApexMethod('listTemplates');
