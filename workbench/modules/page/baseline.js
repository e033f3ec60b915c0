// The benchmark's baseline page: a bare lightning-card, bundled and served exactly like the record page.
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import Card from 'lightning/card';

const card = createElement('lightning-card', { is: Card });
card.title = 'Documill Dynamo';
card.iconName = 'standard:document';
document.querySelector('[data-component-slot]').appendChild(card);
document.documentElement.dataset.workbenchMounted = String(Date.now());
