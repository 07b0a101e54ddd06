// Words the sentence splitter (src/core/sentences/) reads after a quote's closing cue.
import { setOf } from './word-list';

/** Words and marks right after a present or past cue that end a sentence-final cue ("…, he said as …"). */
export const CUE_END_WORDS: ReadonlySet<string> = setOf(`
  !
  ,
  .
  ;
  ?
  after
  again
  as
  before
  during
  from
  when
  while
  with
  without
`);
