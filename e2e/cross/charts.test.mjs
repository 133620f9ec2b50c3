// Every engine: a chart's marks by keyboard and by tap.
import { describe, test } from 'node:test';
import { Key } from 'selenium-webdriver';
import { ENGINE, PHONE, useEngineSite, withSession } from '../lib/engines.mjs';

const status = (chart) => `return document.querySelector('[data-chart="${chart}"] [role="status"]').textContent`;

describe(`charts (${ENGINE})`, () => {
  const site = useEngineSite('/');

  test('arrow keys move between marks and show each value; Escape closes', async () => {
    await withSession(site.open(''), async (s) => {
      const overlay = await s.driver.findElement({ css: '[data-chart="hotline-topics"] .chart-overlay' });
      await s.js((e) => e.focus(), overlay);
      await s.until(`${status('hotline-topics')}.includes('55件')`, 'the first mark on focus');
      for (const value of ['48件', '36件', '55件']) {
        await overlay.sendKeys(Key.ARROW_RIGHT);
        await s.until(`${status('hotline-topics')}.includes('${value}')`, `${value} after ArrowRight`);
      }
      await overlay.sendKeys(Key.ESCAPE);
      await s.until(`${status('hotline-topics')}.trim() === ''`, 'the tooltip closed');
    });
  });

  test('tapping a mark shows its value', async () => {
    await withSession(site.open('', { viewport: PHONE }), async (s) => {
      await s.click('[data-chart="hotline-handling"] [data-mark="1"]');
      await s.until(`${status('hotline-handling')}.includes('369件')`, '369件 after the tap');
    });
  });
});
