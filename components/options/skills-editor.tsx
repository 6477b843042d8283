import { useEffect, useRef, useState } from 'preact/hooks';
import type { SuggestedSkill } from '../../lib/skills/suggest-skills';
import { skillLabel } from '../../lib/skills/skill-label';
import { useT } from '../i18n';

interface Props {
  skills: string[];
  suggestions: readonly string[];
  /** What the saved offers ask for and the user has not listed: added in one click. */
  fromSavedOffers: readonly SuggestedSkill[];
  /** The taxonomy's name for what the user typed ("postgres" → "PostgreSQL", "IT security" → "Sécurité informatique"), so every page compares names alike. */
  canonicalName: (typed: string) => string | undefined;
  /** The taxonomy's skill a name it does not know is likely a slip of ("pyhton" → "Python"). */
  closestName: (typed: string) => string | undefined;
  /** Resolves once the worker has stored them. */
  onChange: (skills: string[]) => Promise<unknown>;
}

/** The user's skills as removable chips, with the taxonomy's names offered while typing. */
export function SkillsEditor({ skills: saved, suggestions, fromSavedOffers, canonicalName, closestName, onChange }: Props) {
  const t = useT();
  // Names as the interface's language shows them; stored as the taxonomy names them.
  const label = (name: string) => skillLabel(name, t('uiLanguage'));
  const [draft, setDraft] = useState('');
  // A skill added as typed that the taxonomy names otherwise: offered to be replaced, as it
  // would otherwise count in no match.
  const [slip, setSlip] = useState<{ typed: string; meant: string }>();
  // The list as the user changed it, while the worker stores it: two quick clicks both count,
  // and the settings stored after the first do not take back the second.
  const [skills, setSkills] = useState(saved);
  const storing = useRef(0);
  useEffect(() => {
    if (storing.current === 0) setSkills(saved);
  }, [saved]);
  const change = (next: string[]) => {
    setSkills(next);
    storing.current++;
    void onChange(next).finally(() => storing.current--);
  };
  const suggested = fromSavedOffers.filter(({ name }) => !skills.includes(name));

  function add(event: Event) {
    event.preventDefault();
    const additions = draft.split(',').map((skill) => skill.trim()).filter(Boolean).map((skill) => canonicalName(skill) ?? skill);
    const next = withoutRepeats([...skills, ...additions]);
    if (next.length !== skills.length) change(next);
    setDraft('');
    const typed = additions.find((skill) => closestName(skill) !== undefined);
    setSlip(typed === undefined ? undefined : { typed, meant: closestName(typed)! });
  }

  const input = useRef<HTMLInputElement>(null);
  function replaceSlip({ typed, meant }: { typed: string; meant: string }) {
    change(withoutRepeats(skills.map((skill) => (skill === typed ? meant : skill))));
    setSlip(undefined);
    // The button leaves with the line: the focus goes on to the field, not back to the page's top.
    input.current?.focus();
  }

  return (
    <div class="skills-editor">
      <ul class="chips" aria-label={t('skillsListLabel')}>
        {skills.map((skill) => (
          <li key={skill} class="chip" data-testid="my-skill">
            {label(skill)}
            <button type="button" aria-label={t('removeSkill', [label(skill)])} onClick={() => change(skills.filter((other) => other !== skill))}>×</button>
          </li>
        ))}
      </ul>
      {suggested.length > 0 && (
        <div class="suggested-skills">
          <h3 id="suggested-skills-title">{t('suggestedSkillsTitle')}</h3>
          <ul class="chips" aria-labelledby="suggested-skills-title">
            {suggested.map(({ name, offers }) => (
              <li key={name}>
                <button type="button" class="chip suggestion" data-testid="suggested-skill" data-skill={name} aria-label={t('addSuggestedSkill', [label(name), String(offers)])}
                  onClick={() => change([...skills, name])}>
                  + {label(name)} <span class="count" aria-hidden="true">{offers}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p role="status" class="skill-slip">
        {slip && skills.includes(slip.typed) && (
          <>
            {t('skillSlip', [slip.typed, label(slip.meant)])}{' '}
            <button type="button" data-testid="replace-skill-slip" onClick={() => replaceSlip(slip)}>{t('skillSlipReplace', [label(slip.meant)])}</button>
          </>
        )}
      </p>
      <form onSubmit={add} class="row">
        <label for="skill-input" class="visually-hidden">{t('addSkillLabel')}</label>
        {/* As wide as its placeholder: the default 20 characters cut the example short. */}
        <input ref={input} id="skill-input" name="skill" list="skill-suggestions" value={draft} placeholder={t('addSkillPlaceholder')} size={t('addSkillPlaceholder').length + 2}
          onInput={(event) => setDraft(event.currentTarget.value)} />
        <datalist id="skill-suggestions">
          {suggestions.map((name) => <option key={name} value={label(name)} />)}
        </datalist>
        <button type="submit">{t('addSkillButton')}</button>
      </form>
    </div>
  );
}

/** The list without a second spelling of one skill, case aside, the first kept. */
function withoutRepeats(skills: readonly string[]): string[] {
  const seen = new Set<string>();
  return skills.filter((skill) => !seen.has(skill.toLowerCase()) && seen.add(skill.toLowerCase()));
}
