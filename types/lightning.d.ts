import "@salesforce/lightning-types";
