/*
 * The words by which a posting says that one of several skills will do, or that a skill is not
 * required, French and English, as postings write them (read by read-skill-structure.ts). Each
 * entry is a regular-expression source, matched without case as whole words (read-skill-structure.ts
 * adds the word boundaries, which \b draws around ASCII letters only); accents are written as classes.
 */

/**
 * Words before a list of which one is asked: "(au moins) un framework web moderne (NodeJS, Rails,
 * Symfony, Laravel, Django/Flask…)", "au moins un langage … (Javascript, Ruby, Python, etc.)",
 * "parmi Python, Javascript, Java, PHP", "at least one web framework (Django, Rails, etc.)".
 */
export const ONE_OF_INTROS: readonly string[] = [
  String.raw`au moins\)? une?`,
  String.raw`l['’]une? (?:des|d['’]entre)`,
  String.raw`une? ou plusieurs`,
  String.raw`parmi`,
  String.raw`au choix`,
  String.raw`n['’]importe quel(?:le)?s?`,
  String.raw`at least one`,
  String.raw`one or more of`,
  String.raw`one of`,
  String.raw`any of`,
  String.raw`either`,
];

// "au moins deux ans d'expérience en React ou Vue", "at least 3 years of Python or Go": a length
// of time, not a count of skills.
const NOT_A_DURATION = String.raw`(?!\s+(?:ans?|ann[ée]es?|mois|semaines?|jours?|heures?|years?|months?|weeks?|days?|hours?)(?![A-Za-z]))`;

/**
 * Words before a list of which the posting asks for two or more: "au moins deux langages parmi
 * Python, Java, Go", "deux ou plus parmi", "at least two of Python, Go or Rust", "two or more of".
 * Such a list is no list of which one will do ("parmi", "or" within it open none): its skills are
 * asked one by one, since one of them does not meet it.
 */
export const MANY_OF_INTROS: readonly string[] = [
  String.raw`au moins\)? (?:deux|trois|quatre|[2-9])${NOT_A_DURATION}`,
  String.raw`(?:deux|trois|quatre|[2-9]) (?:ou plus|(?:ou|voire) davantage)${NOT_A_DURATION}`,
  String.raw`plus d['’]une?${NOT_A_DURATION}`,
  String.raw`at least (?:two|three|four|[2-9])${NOT_A_DURATION}`,
  String.raw`(?:two|three|four|[2-9]) or more${NOT_A_DURATION}`,
  String.raw`more than one${NOT_A_DURATION}`,
];

/**
 * Words before examples: "une stack … comme Python, TypeScript, Postgresql, etc.", "frameworks,
 * such as FedRAMP, FISMA … or other relevant frameworks". Examples are alternatives only when the
 * list says it is open (OPEN_LIST_ENDS) or joins them by "or": "such as React, Typescript, PHP" names
 * what the job uses.
 */
export const EXAMPLE_INTROS: readonly string[] = [
  String.raw`comme`,
  String.raw`tel(?:le)?s? (?:que|qu['’])`,
  String.raw`par exemple`,
  String.raw`(?:de )?type`,
  String.raw`such as`,
  String.raw`e\.g\.?`,
  String.raw`for (?:example|instance)`,
];

/** What ends a list left open, beside an ellipsis ("Django/Flask…"): "etc.", "ou équivalent", "or other relevant frameworks", "or similar". */
export const OPEN_LIST_ENDS: readonly string[] = [
  String.raw`etc`,
  String.raw`ou (?:autres?|[ée]quivalents?|similaires?)`,
  String.raw`or (?:other|similar|equivalent)`,
];

/**
 * Words naming a person by their trade, ending a skill's spelling ("UX designer", "Product designer",
 * "UX researcher", "data scientist"): "un·e Product Designer ou UX researcher", "développeur ou
 * développeuse", "designer ou product manager" name the roles the posting hires for, not skills of
 * which one will do; such a mention is in no list of alternatives (the skill is still named).
 */
export const ROLE_NOUNS: readonly string[] = [
  String.raw`designer|designeuse|researcher|chercheur|chercheuse`,
  String.raw`d[ée]veloppeur|d[ée]veloppeuse|developer|engineer|ing[ée]nieur|ing[ée]nieure|architecte?|architect`,
  String.raw`manager|owner|analyst|analyste|scientist|statisticien|statisticienne|consultant|consultante|coach`,
];

/** The words joining alternatives: "React ou Vue", "Python or Go", "Java et/ou Kotlin". "/" is no such word: "PHP/Symfony" asks both. */
export const ALTERNATIVE_WORDS: readonly string[] = [String.raw`ou(?: bien)?`, String.raw`or`, String.raw`et\s?/\s?ou`, String.raw`and\s?/\s?or`];

/**
 * Words making the whole sentence a skill the job does not require: "Avoir un peu d’expérience en R
 * est un plus", "des connaissances en HTML et CSS seraient très appréciées", "Le frontend utilise
 * SvelteKit et tailwindcss ; on ne s’attend pas à ce que tu les connaisses déjà", "Nice-to-haves
 * include Docker, Terraform, AWS", "… and Neo4j is a plus", "strongly preferred", "It would be
 * great if you have, but by no means essential", a heading "Nice to Have:", "Optional Experience",
 * "Appréciées", "🎈BONUS🎈 :", "would be assets include:".
 * Only adjectives of "apprécier": "Tu apprécies le contact" is the seeker's taste.
 */
export const OPTIONAL_MARKERS: readonly string[] = [
  String.raw`un (?:petit )?plus`,
  String.raw`des plus`,
  String.raw`appréci(?:é|ée|és|ées)`,
  String.raw`appr[ée]ciables?`,
  String.raw`atouts?`,
  String.raw`bonus`,
  String.raw`facultati(?:f|ve|fs|ves)`,
  String.raw`optionnel(?:le)?s?`,
  String.raw`pas besoin de`,
  String.raw`ne s['’]attend pas`,
  String.raw`n['’]est pas (?:n[ée]cessaire|indispensable|obligatoire|requis|exig[ée])`,
  String.raw`pas (?:n[ée]cessaires?|indispensables?|obligatoires?|requise?s?|exig[ée]e?s?)`,
  String.raw`nice[- ]to[- ]haves?`,
  String.raw`(?:is|are|as) an? (?:big |huge |definite )?(?:plus|bonus)`,
  // "Preferred Experience & Skills:", "strongly preferred"; not "our preferred stack".
  String.raw`(?<!(?:our|the|your|my) )preferred`,
  String.raw`would be (?:an? )?(?:assets?|plus|bonus|great|nice|welcome)`,
  String.raw`(?:is|are|be|as) (?:an? )?(?:strong |great |real )?assets?`,
  String.raw`assets? include`,
  String.raw`optional`,
  String.raw`not (?:required|expected|essential|necessary|mandatory|a requirement)`,
  String.raw`no need to`,
  String.raw`(?:don['’]t|do not|doesn['’]t) expect`,
  String.raw`by no means essential`,
  String.raw`don['’]t (?:need|have) to`,
];

/**
 * Words making what follows them, to the end of their clause, not required: "Vous développez en
 * python et idéalement en Django, vous êtes à l’aise avec le HTML" (Django only); at the start of a
 * sentence or a heading ("Idéalement :", "Ideally you will have experience with Jira"), the whole of it.
 */
export const OPTIONAL_FROM_HERE: readonly string[] = [
  String.raw`id[ée]alement`,
  String.raw`ideally`,
  String.raw`si possible`,
  String.raw`if possible`,
  String.raw`de pr[ée]f[ée]rence`,
  String.raw`preferably`,
];
