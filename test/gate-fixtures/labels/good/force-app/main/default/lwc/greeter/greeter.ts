import { LightningElement } from 'lwc';
import greeting from '@salesforce/label/c.Greeting';

export default class Greeter extends LightningElement {
  label = { greeting };
}
