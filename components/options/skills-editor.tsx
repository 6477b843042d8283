import { useState } from 'preact/hooks';
import { useT } from '../i18n';

interface Props {
  skills: string[];
  suggestions: readonly string[];
  /** The taxonomy's name for what the user typed ("postgres" → "PostgreSQL"), so every page compares names alike. */
  canonicalName: (typed: string) => string | undefined;
  onChange: (skills: string[]) => void;
}

/** The user's skills as removable chips, with the taxonomy's names offered while typing. */
export function SkillsEditor({ skills, suggestions, canonicalName, onChange }: Props) {
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
