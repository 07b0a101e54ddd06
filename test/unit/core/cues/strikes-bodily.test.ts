// "slammed", "blasted", "lashed" and "attacked" report words, except where they strike bodily.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core';

describe('a blow is no statement', () => {
  it.each([
    ['The car slammed into a tree on Route 9, police said.', ['police']],
    ['Hurricane Mara slammed into the Gulf Coast early Thursday.', []],
    ['The rocket blasted off from Cape Canaveral at dawn.', []],
    ['Russian drones attacked Kyiv overnight.', []],
    ['Gunmen reportedly attacked a police checkpoint.', []],
    ['Rebels attacked a military convoy near the border on Sunday.', []],
    ['Waves lashed the coast as the storm neared.', []],
    ['He slammed the door and walked out.', []],
    // words, not blows
    ['The senator slammed the proposal as reckless.', ['The senator']],
    ['Ana Ruiz attacked Tom Baker for his support of the war.', ['Ana Ruiz']],
    ['Ana Ruiz lashed out at her critics on Facebook.', ['Ana Ruiz']],
  ])('%s', (text, speakers) => {
    expect(analyze(text).statements.map((s) => s.speaker?.mention?.text ?? '-')).toEqual(speakers);
  });
});
