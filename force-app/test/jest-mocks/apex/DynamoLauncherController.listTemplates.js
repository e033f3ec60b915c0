// Cacheable: a wire adapter the tests drive with emit()/emitError(), and a jest.fn() when called imperatively.
import { createApexTestWireAdapter } from '@salesforce/sfdx-lwc-jest';

export default createApexTestWireAdapter(jest.fn());
