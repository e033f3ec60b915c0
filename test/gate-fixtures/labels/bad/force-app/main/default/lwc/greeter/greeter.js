import { LightningElement } from 'lwc';
import greeting from '@salesforce/label/c.Greeting';
import farewell from '@salesforce/label/c.Farewell';
export default class Greeter extends LightningElement {
  label = { greeting, farewell };
}
