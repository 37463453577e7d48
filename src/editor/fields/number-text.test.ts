import { describe, expect, it } from 'vitest';
import { numberText, readNumberText, showsValue, type NumberText } from './number-text';

describe('readNumberText', () => {
  it.each<[string, NumberText]>([
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    ['52.4064', { kind: 'number', value: 52.4064 }],
    [' 16 ', { kind: 'number', value: 16 }],
    ['-0.5', { kind: 'number', value: -0.5 }],
    ['1e3', { kind: 'number', value: 1000 }],
    ['52,4', { kind: 'text', text: '52,4' }],
    ['52.', { kind: 'text', text: '52.' }],
    ['.5', { kind: 'text', text: '.5' }],
    ['0x10', { kind: 'text', text: '0x10' }],
    ['Infinity', { kind: 'text', text: 'Infinity' }],
    ['1e999', { kind: 'text', text: '1e999' }],
    ['abc', { kind: 'text', text: 'abc' }],
  ])('%j → %j', (text, expected) => {
    expect(readNumberText(text)).toEqual(expected);
  });
});

describe('showsValue', () => {
  it.each<[string, unknown, boolean]>([
    ['52.40', 52.4, true],
    ['52.4', 52.5, false],
    ['', undefined, true],
    ['', 0, false],
    ['52,4', '52,4', true],
    ['52,4', 52.4, false],
  ])('%j shows %j: %s', (text, value, expected) => {
    expect(showsValue(text, value)).toBe(expected);
  });
});

describe('numberText', () => {
  it.each<[unknown, string]>([
    [52.4, '52.4'],
    [undefined, ''],
    ['52,4', '52,4'],
    [null, 'null'],
    [true, 'true'],
  ])('%j → %j', (value, text) => {
    expect(numberText(value)).toBe(text);
  });
});
