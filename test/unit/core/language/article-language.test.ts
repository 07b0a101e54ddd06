// Which language an article is in: the text decides where it can, the page's declared language where it
// cannot. Every sentence here is written for this test (one invented council story in each language).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core';
import { articleLanguage } from '../../../../src/core/language/article-language';

const STORY: Readonly<Record<string, string>> = {
  en: 'The city council decided on Tuesday that the new bridge over the river will be built next year. The mayor said she was very pleased with the result, and the opposition also accepted the plan after a long debate in the chamber.',
  de: 'Der Stadtrat hat am Dienstag beschlossen, dass die neue Brücke über den Fluss im nächsten Jahr gebaut wird. Die Bürgermeisterin sagte, sie sei mit dem Ergebnis sehr zufrieden, und auch die Opposition hat dem Plan nach langer Debatte zugestimmt.',
  fr: "Le conseil municipal a décidé mardi que le nouveau pont sur la rivière sera construit l'année prochaine. La maire a déclaré qu'elle était très satisfaite du résultat, et l'opposition a aussi accepté le projet après un long débat dans la salle.",
  es: 'El consejo municipal decidió el martes que el nuevo puente sobre el río se construirá el próximo año. La alcaldesa dijo que estaba muy contenta con el resultado, y la oposición también aceptó el plan después de un largo debate en la sala.',
  it: "Il consiglio comunale ha deciso martedì che il nuovo ponte sul fiume sarà costruito il prossimo anno. La sindaca ha detto che è molto soddisfatta del risultato, e anche l'opposizione ha accettato il piano dopo un lungo dibattito nella sala.",
  nl: 'De gemeenteraad heeft dinsdag besloten dat de nieuwe brug over de rivier volgend jaar wordt gebouwd. De burgemeester zei dat zij zeer tevreden is met het resultaat, en ook de oppositie heeft na een lang debat met het plan ingestemd.',
  pt: 'A câmara municipal decidiu na terça-feira que a nova ponte sobre o rio será construída no próximo ano. A presidente disse que estava muito satisfeita com o resultado, e a oposição também aceitou o plano depois de um longo debate na sala.',
  sv: 'Kommunfullmäktige beslutade på tisdagen att den nya bron över ån ska byggas nästa år. Ordföranden sade att hon var mycket nöjd med resultatet, och även oppositionen har efter en lång debatt godkänt planen som det första steget i arbetet.',
  pl: 'Rada miejska zdecydowała we wtorek, że nowy most na rzece zostanie zbudowany w przyszłym roku. Burmistrz powiedziała, że jest bardzo zadowolona z wyniku, a opozycja również przyjęła plan po długiej debacie w sali obrad miejskiej rady.',
  ru: 'Городской совет во вторник решил, что новый мост через реку будет построен в следующем году. Мэр сказала, что она очень довольна результатом, и оппозиция также приняла план после долгих дебатов в зале заседаний.',
};
const SHORT_EN = 'The mayor said yes.';

describe('articleLanguage', () => {
  const cases: [string, string, string | null, { english: boolean; code: string | null }][] = [
    ['English, no declared language', STORY.en!, null, { english: true, code: 'en' }],
    ['English, declared en-GB', STORY.en!, 'en-GB', { english: true, code: 'en' }],
    ['English under a wrong lang="de": the text wins', STORY.en!, 'de', { english: true, code: 'en' }],
    ['German, no declared language', STORY.de!, null, { english: false, code: 'de' }],
    ['German under a template’s lang="en": the text wins', STORY.de!, 'en', { english: false, code: 'de' }],
    ['French', STORY.fr!, null, { english: false, code: 'fr' }],
    ['Spanish', STORY.es!, null, { english: false, code: 'es' }],
    ['Italian', STORY.it!, null, { english: false, code: 'it' }],
    ['Dutch', STORY.nl!, null, { english: false, code: 'nl' }],
    ['Portuguese', STORY.pt!, null, { english: false, code: 'pt' }],
    ['Swedish', STORY.sv!, null, { english: false, code: 'sv' }],
    ['Polish (no list): the declared language names it', STORY.pl!, 'pl', { english: false, code: 'pl' }],
    ['Polish, nothing declared: read as English', STORY.pl!, null, { english: true, code: 'en' }],
    ['Russian (Cyrillic), declared', STORY.ru!, 'ru-RU', { english: false, code: 'ru' }],
    ['Russian, nothing declared: not English, unnamed', STORY.ru!, null, { english: false, code: null }],
    ['Russian under lang="en": not English, unnamed', STORY.ru!, 'en', { english: false, code: null }],
    ['too short to tell, nothing declared', SHORT_EN, null, { english: true, code: 'en' }],
    ['too short to tell, declared German', SHORT_EN, 'de', { english: false, code: 'de' }],
    ['too short, "und" (undetermined) is no declaration', SHORT_EN, 'und', { english: true, code: 'en' }],
    ['empty text', '', null, { english: true, code: 'en' }],
  ];
  it.each(cases)('%s', (_name, text, declared, expected) =>
    expect(articleLanguage(text, declared)).toEqual(expected),
  );
});

describe('analyze on an article in another language', () => {
  const quoted = `${STORY.de!} „Wir sind sehr froh“, sagte die Bürgermeisterin am Abend.`;
  it('finds no statements and says which language it is', () => {
    const analysis = analyze(quoted, { language: 'de-DE', title: 'Neue Brücke' });
    expect(analysis.statements).toEqual([]);
    expect(analysis.article.credits).toEqual([]);
    expect(analysis.article.title).toBe('Neue Brücke');
    expect(analysis.unsupportedLanguage).toEqual({ code: 'de' });
  });
  it('an English article carries no language note at all', () => {
    const analysis = analyze(`${STORY.en!} “We are glad,” the mayor said.`);
    expect(analysis.statements.length).toBeGreaterThan(0);
    expect('unsupportedLanguage' in analysis).toBe(false);
  });
});
