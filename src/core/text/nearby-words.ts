// Words an article lends to its own text only: "Farinloye" used alone as a speaker, or the surname of a
// full name, marks other mentions of that word as the same person, but only within an article's reach.
// A text that is an archive of many articles (a CLI user's 2 MB file) would otherwise link every
// "Smith" in one story to a Smith named in another, and pay for it in every later step.
import { ARTICLE_CHARS } from './article-length';

const REACH = ARTICLE_CHARS;

export class NearbyWords {
  private readonly at = new Map<string, number[]>();
  private sorted = true;

  add(word: string, at: number): void {
    const list = this.at.get(word);
    if (!list) this.at.set(word, [at]);
    else {
      if (at < (list.at(-1) ?? at)) this.sorted = false;
      list.push(at);
    }
  }

  get size(): number {
    return this.at.size;
  }

  /** Whether `word` was added anywhere. */
  knows(word: string): boolean {
    return this.at.has(word);
  }

  /** Whether `word` was added within REACH characters of `at`. */
  has(word: string, at: number): boolean {
    const list = this.at.get(word);
    if (!list) return false;
    if (!this.sorted) {
      for (const l of this.at.values()) l.sort((a, b) => a - b);
      this.sorted = true;
    }
    // The first position at or after at − REACH; a hit if it is also at or before at + REACH.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] ?? 0) < at - REACH) lo = mid + 1;
      else hi = mid;
    }
    return lo < list.length && (list[lo] ?? 0) <= at + REACH;
  }
}
