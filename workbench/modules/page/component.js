// The benchmark's component page: the launcher alone, with its default properties, on the same bare shell as
// the baseline page. Unlike the record page it reads no workbench state and draws no panel first.
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import DynamoTaskLauncher from 'c/dynamoTaskLauncher';

const launcher = createElement('c-dynamo-task-launcher', { is: DynamoTaskLauncher });
launcher.recordId = new URLSearchParams(location.search).get('recordId');
launcher.objectApiName = 'Account';
document.querySelector('[data-component-slot]').appendChild(launcher);
document.addEventListener('lightning__showtoast', (event) => console.info('toast', event.detail));
document.documentElement.dataset.workbenchMounted = String(Date.now());
