// @salesforce/apex/DynamoLauncherController.getTemplate in the workbench (cacheable=true).
import { cacheableApexMethod } from './apexClient';

export default cacheableApexMethod('getTemplate');
