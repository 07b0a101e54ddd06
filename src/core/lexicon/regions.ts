// States, provinces and territories that follow a city after a comma ("Springfield, Ill.", "Moncton,
// N.B.", "Columbus, Ohio"): the rest of a place, never a speaker. Lowercased; abbreviations without their
// final period, as the tokenizer splits it off. Written for this project.
import { wordSet } from './word-set';

export const REGIONS: ReadonlySet<string> = wordSet(
  [
    'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho',
    'illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota',
    'mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york',
    'north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota',
    'tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|d.c',
    'ala|ariz|ark|calif|colo|conn|del|fla|ga|ill|ind|kan|kans|ky|la|md|mass|mich|minn|miss|mo|mont|neb|nev',
    'n.h|n.j|n.m|n.y|n.c|n.d|okla|ore|pa|r.i|s.c|s.d|tenn|tex|vt|va|wash|w.va|wis|wyo',
    'alberta|british columbia|manitoba|new brunswick|newfoundland|newfoundland and labrador|nova scotia',
    'ontario|prince edward island|quebec|saskatchewan|yukon|nunavut|northwest territories',
    'alta|b.c|man|n.b|n.l|n.s|ont|p.e.i|que|sask|n.w.t',
  ].join('|'),
  '|',
);
