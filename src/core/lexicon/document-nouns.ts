// What a speaker issues rather than is: "her statement said", "Infrastructure Canada’s public database
// shows", "the union's Friday release said". The owner of such a document is the speaker. Lowercased.
import { wordSet } from './word-set';

export const DOCUMENT_NOUNS: ReadonlySet<string> = wordSet(
  [
    'account announcement blog book complaint data database email emails filing letter memo news newsletter',
    'notice post posting press proposal release report response ruling site statement submission testimony',
    'tweet tweets video website',
  ].join(' '),
);
