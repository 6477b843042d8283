import { useState } from 'preact/hooks';
import type { SuggestedSkill } from '../../lib/skills/suggest-skills';
import { useT } from '../i18n';

interface Props {
  skills: string[];
  suggestions: readonly string[];
  /** What the saved offers ask for and the user has not listed: added in one click. */
  fromSavedOffers: readonly SuggestedSkill[];
  /** The taxonomy's name for what the user typed ("postgres" → "PostgreSQL"), so every page compares names alike. */
  canonicalName: (typed: string) => string | undefined;
  onChange: (skills: string[]) => void;
}

/** The user's skills as removable chips, with the taxonomy's names offered while typing. */
export function SkillsEditor({ skills, suggestions, fromSavedOffers, canonicalName, onChange }: Props) {
  const t = useT();
  const [draft, setDraft] = useState('');

  function add(event: Event) {
    event.preventDefault();
    const additions = draft.split(',').map((skill) => skill.trim()).filter(Boolean).map((skill) => canonicalName(skill) ?? skill);
    const known = new Set(skills.map((skill) => skill.toLowerCase()));
    const next = [...skills, ...additions.filter((skill) => !known.has(skill.toLowerCase()))];
    if (next.length !== skills.length) onChange(next);
    setDraft('');
  }

  return (
    <div class="skills-editor">
      <ul class="chips" aria-label={t('skillsListLabel')}>
        {skills.map((skill) => (
          <li key={skill} class="chip" data-testid="my-skill">
            {skill}
            <button type="button" aria-label={t('removeSkill', [skill])} onClick={() => onChange(skills.filter((other) => other !== skill))}>×</button>
          </li>
        ))}
      </ul>
      {fromSavedOffers.length > 0 && (
        <div class="suggested-skills">
          <h3 id="suggested-skills-title">{t('suggestedSkillsTitle')}</h3>
          <ul class="chips" aria-labelledby="suggested-skills-title">
            {fromSavedOffers.map(({ name, offers }) => (
              <li key={name}>
                <button type="button" class="chip suggestion" data-testid="suggested-skill" aria-label={t('addSuggestedSkill', [name, String(offers)])}
                  onClick={() => onChange([...skills, name])}>
                  + {name} <span class="count" aria-hidden="true">{offers}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form onSubmit={add} class="row">
        <label for="skill-input" class="visually-hidden">{t('addSkillLabel')}</label>
        <input id="skill-input" name="skill" list="skill-suggestions" value={draft} placeholder={t('addSkillPlaceholder')}
          onInput={(event) => setDraft(event.currentTarget.value)} />
        <datalist id="skill-suggestions">
          {suggestions.map((name) => <option key={name} value={name} />)}
        </datalist>
        <button type="submit">{t('addSkillButton')}</button>
      </form>
    </div>
  );
}
