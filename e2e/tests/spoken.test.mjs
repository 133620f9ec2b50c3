// Read aloud's number words (static/read-aloud.js), tested in Node without a
// browser: the script exports its pure converter when there is no document.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';

const { spoken } = createRequire(import.meta.url)('../../static/read-aloud.js');

test('decimals are read digit by digit after the point', () => {
  assert.equal(spoken('172.59万人'), '一百七十二点五九万人');
  assert.equal(spoken('89.03'), '八十九点零三');
  assert.equal(spoken('0.5'), '零点五');
});

test('percentages say the whole first', () => {
  assert.equal(spoken('签约率69.59%。'), '签约率百分之六十九点五九。');
  assert.equal(spoken('100%'), '百分之一百');
  assert.equal(spoken('13.72%'), '百分之十三点七二');
});

test('integers are read with their places and zeros', () => {
  const cases = {
    0: '零', 4: '四', 10: '十', 12: '十二', 20: '二十', 101: '一百零一', 110: '一百一十',
    1000: '一千', 1083: '一千零八十三', 1800: '一千八百', 2000: '两千', 2200: '两千二百',
    10000: '一万', 10086: '一万零八十六', 100000: '十万', 20000000: '两千万',
    100000000: '一亿', 100010000: '一亿零一万', 300000005: '三亿零五', 12345678: '一千二百三十四万五千六百七十八',
  };
  for (const [n, words] of Object.entries(cases)) assert.equal(spoken(`${n}个`), `${words}个`, n);
  assert.equal(spoken('1,725,900人'), '一百七十二万五千九百人');
});

test('units and qualifiers stay as written', () => {
  assert.equal(spoken('网络点击量突破1000万，吸引了2000余人参与'), '网络点击量突破一千万，吸引了两千余人参与');
  assert.equal(spoken('1800名至2200名'), '一千八百名至两千二百名');
  assert.equal(spoken('居8个市州首位，连续4年全省第一'), '居八个市州首位，连续四年全省第一');
  assert.equal(spoken('1月25日'), '一月二十五日');
});

test('years and hotline numbers are read digit by digit', () => {
  assert.equal(spoken('2023年度评价'), '二零二三年度评价');
  assert.equal(spoken('12345热线'), '一二三四五热线');
  assert.equal(spoken('拨打12345'), '拨打一二三四五');
  // A count before its measure word is a quantity.
  assert.equal(spoken('12345件'), '一万二千三百四十五件');
});

test('text without digits is left as it is', () => {
  assert.equal(spoken('七八成居民'), '七八成居民');
  assert.equal(spoken(''), '');
});
