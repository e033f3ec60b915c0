// @salesforce/i18n/locale in the workbench: no Salesforce user here, so the browser's language stands in.
export default navigator.language || 'en-US';
