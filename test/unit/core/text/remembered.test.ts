import { describe, expect, it } from 'vitest';
import { forgetArticleAnswers, MAX_REMEMBERED, remembered } from '../../../../src/core/text/remembered';

describe('remembered', () => {
  it('asks once per kind and key, and starts over when full', () => {
    const asked: string[] = [];
    const answer = remembered((key: string, kind: 'a' | 'b') => {
      asked.push(`${kind}:${key}`);
      return key.length;
    });
    expect([answer('one', 'a'), answer('one', 'a'), answer('one', 'b')]).toEqual([3, 3, 3]);
    expect(asked).toEqual(['a:one', 'b:one']);
    for (let i = 0; i < MAX_REMEMBERED; i++) answer(`k${i}`, 'a');
    asked.length = 0;
    answer('one', 'a'); // forgotten once the kind's answers were full
    expect(asked).toEqual(['a:one']);
  });
  it('forgets the answers made per article when a new article starts', () => {
    const asked: string[] = [];
    const perArticle = remembered((key: string, kind: 'a') => asked.push(`${kind}:${key}`), {
      perArticle: true,
    });
    const kept = remembered((key: string, kind: 'b') => asked.push(`${kind}:${key}`));
    perArticle('x', 'a');
    kept('x', 'b');
    forgetArticleAnswers();
    perArticle('x', 'a');
    kept('x', 'b');
    expect(asked).toEqual(['a:x', 'b:x', 'a:x']);
  });
});
