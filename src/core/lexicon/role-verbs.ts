// Verbs of a relative clause that give someone's role ("Jennifer Homendy, who chairs the National
// Transportation Safety Board, said"), with the role noun each makes ("chair of the …").
export const ROLE_VERB_NOUNS: Readonly<Record<string, string>> = {
  chairs: 'chair',
  'co-founded': 'co-founder',
  'co-owns': 'co-owner',
  coaches: 'coach',
  directs: 'director',
  edits: 'editor',
  founded: 'founder',
  heads: 'head',
  leads: 'leader',
  manages: 'manager',
  owns: 'owner',
};
