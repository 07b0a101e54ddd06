// Role and family nouns that tell the gender of the person they describe ("spokeswoman Ana Ruiz", "a woman who
// identified herself", "the former first lady").
import { mapOf, setOf } from './word-list';

export const GENDERED_ROLE_NOUNS: ReadonlyMap<string, 'm' | 'f'> = mapOf({
  m: `
    actor
    assemblyman
    boy
    boyfriend
    brother
    businessman
    chairman
    congressman
    councilman
    dad
    duke
    father
    gentleman
    grandfather
    grandson
    husband
    king
    man
    nephew
    prince
    son
    spokesman
    uncle
    widower
  `,
  f: `
    actress
    assemblywoman
    aunt
    businesswoman
    chairwoman
    congresswoman
    councilwoman
    daughter
    duchess
    girl
    girlfriend
    granddaughter
    grandmother
    lady
    mom
    mother
    niece
    princess
    queen
    sister
    spokeswoman
    widow
    wife
    woman
  `,
});

/** Of those, the ones that say only who someone is, not what they are to anyone ("a petite woman"). */
export const PLAIN_PERSON_NOUNS: ReadonlySet<string> = setOf(`
  boy
  gentleman
  girl
  lady
  man
  woman
`);
