// Words that open a side clause or an aside inside what was said, where its content usually ends
// ("…, but …", "…, which …"), and -ing words after a comma that open none. Lowercased.

/** Words after a comma that open a side clause, where what was said usually ends. */
export const SIDE_CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  'but though although while whereas because even after before so who which a an compared'.split(' '),
);

/** -ing words after a comma that do not start a side clause. */
export const NON_PARTICIPLE_ING_WORDS: ReadonlySet<string> = new Set(
  'including according during nothing something anything everything morning evening regarding concerning following notwithstanding'.split(
    ' ',
  ),
);
