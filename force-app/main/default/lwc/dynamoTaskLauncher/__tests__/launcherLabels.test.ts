import { LABELS, formatLabel } from '../launcherLabels';
import { createLauncher, customLabels, flushPromises, removeLaunchers } from './launcherHarness';

afterEach(() => {
  removeLaunchers();
});

describe('labels', () => {
  it('come from the Dynamo Launcher Custom Labels, never from a missing one', async () => {
    const texts = new Set(customLabels().map(([, text]) => text));
    // A label missing from the XML would arrive as its name, "c.DL_UI_…".
    const missing = Object.entries(LABELS).filter(([, text]) => !texts.has(text));
    expect(missing).toEqual([]);
    expect(Object.keys(LABELS).length).toBeGreaterThanOrEqual(40);

    const element = createLauncher();
    await flushPromises();
    expect(element.shadowRoot?.textContent).not.toContain('c.DL_');
    await expect(element).toBeAccessible();
  });

  it('fill numbered placeholders and leave other braces alone', async () => {
    expect(formatLabel('{1} after {0}, {0} again', 'first', 2)).toBe('2 after first, first again');
    expect(formatLabel('A JSON object, for example {"language": "fi"}: {0}', 'x')).toBe(
      'A JSON object, for example {"language": "fi"}: x'
    );
    expect(formatLabel("It's {0} and {1}", 'one')).toBe("It's one and {1}");

    const element = createLauncher();
    await flushPromises();
    await expect(element).toBeAccessible();
  });
});
