// Sports desks and broadcasters that news credits ("told ESPN", "said on Sky Sports"); outlets.ts joins them
// to its own. Names that are common words elsewhere ("Kicker") are left out.
import { wordList } from './word-list';

export const SPORTS_OUTLETS: readonly string[] = wordList(`
  BBC Sport
  CBS Sports
  ESPN
  Fox Sports
  Gazzetta dello Sport
  Globo Esporte
  L'Équipe
  La Gazzetta dello Sport
  L’Équipe
  Marca
  Match TV
  NBC Sports
  Sky Sports
  Sports Illustrated
  Sportsnet
  SuperSport
  TSN
  The Athletic
  Wide World of Sports
  Yahoo Sports
  talkSPORT
`);
