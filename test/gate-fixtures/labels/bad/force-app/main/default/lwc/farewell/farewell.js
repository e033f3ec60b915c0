import { LightningElement } from 'lwc';
import goodbye from "@salesforce/label/c.Goodbye";

/* A comment that names '@salesforce/label/c.Retired' does not count. */
export default class Farewell extends LightningElement {
  label = { goodbye };
}
