import { useEffect, useRef, useState } from 'preact/hooks';
import type { SuggestedSkill } from '../../lib/skills/suggest-skills';
import { useT } from '../i18n';

interface Props {
  skills: string[];
  suggestions: readonly string[];
  /** What the saved offers ask for and the user has not listed: added in one click. */
  fromSavedOffers: readonly SuggestedSkill[];
  /** The taxonomy's name for what the user typed ("postgres" → "PostgreSQL"), so every page compares names alike. */
  canonicalName: (typed: string) => string | undefined;
  /** Resolves once the worker has stored them. */
  onChange: (skills: string[]) => Promise<unknown>;
}

/** The user's skills as removable chips, with the taxonomy's names offered while typing. */
export function SkillsEditor({ skills: saved, suggestions, fromSavedOffers, canonicalName, onChange }: Props) {
  const t = useT();
  const [draft, setDraft] = useState('');
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
    const known = new Set(skills.map((skill) => skill.toLowerCase()));
    const next = [...skills, ...additions.filter((skill) => !known.has(skill.toLowerCase()))];
    if (next.length !== skills.length) change(next);
    setDraft('');
  }

  return (
    <div class="skills-editor">
      <ul class="chips" aria-label={t('skillsListLabel')}>
        {skills.map((skill) => (
          <li key={skill} class="chip" data-testid="my-skill">
            {skill}
            <button type="button" aria-label={t('removeSkill', [skill])} onClick={() => change(skills.filter((other) => other !== skill))}>×</button>
          </li>
        ))}
      </ul>
      {suggested.length > 0 && (
        <div class="suggested-skills">
          <h3 id="suggested-skills-title">{t('suggestedSkillsTitle')}</h3>
          <ul class="chips" aria-labelledby="suggested-skills-title">
            {suggested.map(({ name, offers }) => (
              <li key={name}>
                <button type="button" class="chip suggestion" data-testid="suggested-skill" data-skill={name} aria-label={t('addSuggestedSkill', [name, String(offers)])}
                  onClick={() => change([...skills, name])}>
                  + {name} <span class="count" aria-hidden="true">{offers}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form onSubmit={add} class="row">
        <label for="skill-input" class="visually-hidden">{t('addSkillLabel')}</label>
        {/* As wide as its placeholder: the default 20 characters cut the example short. */}
        <input id="skill-input" name="skill" list="skill-suggestions" value={draft} placeholder={t('addSkillPlaceholder')} size={t('addSkillPlaceholder').length + 2}
          onInput={(event) => setDraft(event.currentTarget.value)} />
        <datalist id="skill-suggestions">
          {suggestions.map((name) => <option key={name} value={name} />)}
        </datalist>
        <button type="submit">{t('addSkillButton')}</button>
      </form>
    </div>
  );
}
