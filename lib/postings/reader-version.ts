/**
 * The version of the way Vigie reads a posting. Raise it with every change that reads some file
 * differently (a new key, a new rule, a new field): files stored by an older reader are then
 * downloaded and read again on the next sync, even when they did not change (see planSync), and
 * what the newer parser reads differently is stored quietly, without news (see applyFileResults).
 *
 * 1: until December 2026. 2: fields across publishers (title split, organization from the body,
 * status by key authority, English contracts and remote work, deadline, language). 3: skills by
 * kind (domains and soft skills apart), rosters and team counts not read for skills. 4: the
 * organization from a slug's spelling, a presenting sentence or the contact's domain. 5: a counted
 * member of a list item blanks the member only, the organization from a subtitle, a short name
 * ("Lab MI") or the body when `startup` lists several products. 6: a role ("Product Owner") is
 * read into no field, not even the domains. 7: skills are not read in the parts of a body that
 * present the organization, its team or how to apply (lib/text/body-sections.ts). 8: "analytics"
 * alone is no audience analytics; business model, impact measurement and data governance are
 * domains. 9: a sentence listing a team's trades ("intrapreneurs, développeurs, designers UX/UI
 * et coachs") is not read for skills. 10: a fully remote job takes no place from its body (the
 * team's city). 11: a recruiting title that hires no position ("X recrute une équipe pour…")
 * takes the position from the role key. 12: no skills read in a context section naming the
 * organization it presents ("Le Contexte : La Fabrique Numérique"), in "About <company>", nor under
 * an about-us heading in bold or HTML. 13: open source as a value ("sensible à l'open source") or
 * a policy beside open data is no skill. 14: a context section naming no one ("Contexte : Le
 * projet") is the job's, read for skills; a title taken from the role key is bounded and cleaned
 * as any title. 15: the country a fully remote job is limited to ("Anywhere in the U.S.",
 * "Remote, Canada"), Offer.remoteCountry; a board's fully remote posting takes no city from its body.
 * 16: the skills of a body are those found in its text less the ranges the evidence rules blank,
 * the rules reading only the lines that hold a skill (the text is no longer searched again after them).
 * 17: a fully remote job limited to several countries ("the United States and Canada") reads them
 * all, Offer.remoteCountries, instead of none (which answered every city).
 * 18: "About Skills", "About Remote Work" are the job's sections, read for skills; "UX" naming
 * colleagues ("les UX", "the UX team", "d'un UX/UI") and open source beside open data however
 * joined are no skills.
 * 19: coming in optional ("réunions en présentiel optionnelles", "on-site optional") reads fully remote.
 * 20: a site's template tags are out of the body ("{% include … %}", Liquid comment blocks of notes
 * for the site's editors); "{{ page.title }}" is the front matter's title, as the site shows it.
 * 21: "Vite un prototype", "Vite, des retours" (the French adverb before a noun) is no Vite.
 * 22: the posting's own organization or product (Tchap's posting, `startup: tchap`) is no skill it
 * asks, unless a sentence lists it among other skills ("such as ISO, NIST, or FedRAMP").
 * 23: "monitoring" is a skill only beside what it watches run ("Monitoring trends in product
 * adoption" is none; "tests, et monitoring", "services in production" are).
 * 24: the team's sessions the recruit takes part in name no skill ("participer aux sessions
 * communes de tests utilisateurs, démonstrations…", "attend the weekly meetings on user research").
 * 25: the positions a notice lists below a line announcing them ("The positions we are hoping to
 * fill include", "Nous recrutons pour les postes suivants :") name no skill.
 * 26: a fully remote job's country is read in the body only from a sentence about where the job is
 * done or who may apply ("télétravail partout en France"), not the users' ("des usagers partout en France").
 * 27: a section presenting a start-up or an organization by name ("La Start-up : DomiFa") is read
 * for no skill nor domain, as "Le Contexte : La Fabrique Numérique" (its users' problem is not the job).
 * 28: emoji shortcodes outside code (":slightly_smiling_face:") are their emoji in the body.
 * 29: code, where shortcodes stay as written, ends at the next run of as many backticks only
 * (CommonMark), found in linear time; the same body on every fixture and seed.
 * 30: the lists of skills of which one will do ("(au moins) un framework (NodeJS, Rails, Django…)",
 * "React ou Vue", "such as A, B or C"), Offer.skillGroups, and the skills named without being
 * required ("un plus", "nice to have", "on ne s'attend pas à ce que tu les connaisses"), Offer.optionalSkills.
 * 31: a line announcing positions is read trimmed, in linear time: spaces other than a blank or a
 * tab after its colon (a no-break space) no longer keep it from announcing.
 * 32: a list of which two or more are asked ("au moins deux langages parmi …") and roles joined by
 * "ou" ("Product Designer ou UX researcher") are no lists of which one will do; "plain language"
 * is a skill only beside writing or content; shortcodes stay as written in indented code.
 * 33: "agilité" is the agile method only beside words of method ("méthodes … issus du design et de
 * l'agilité"), not as a quality ("travailler en équipe et agilité").
 * 34: shortcodes stay as written in code indented by spaces and a tab ("  \tstatus: :ok:"); a script
 * scheme within a script link already blanked is part of it (linear time on hostile bodies).
 * 35: roles joined by "or" ("a Python developer or a Go engineer") are the job's own, no colleagues;
 * "travailler / fonctionner en agilité" is the agile method; a team's autonomy ("une équipe autonome")
 * no soft skill asked; "continuous monitoring" (the security-compliance process) no Monitoring; a
 * product "FedRAMP authorized" and a program a posting speaks of as itself ("FedRAMP’s policies") no
 * skill asked; "API GraphQL" is GraphQL; "il s'agit d'une API" (the product) no API.
 */
export const READER_VERSION = 35;
