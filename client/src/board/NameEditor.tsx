import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '@shared/limits';

/** Lets a person change the name others see (their presence; new cards carry it too). */
export function NameEditor({ name, onRename }: { name: string; onRename: (name: string) => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(name);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = value.trim();
    if (trimmed) onRename(trimmed);
    setEditing(false);
  };
  if (!editing) {
    return (
      <button type="button" className="link-button" onClick={() => setEditing(true)}>
        {value} · {t('board.rename')}
      </button>
    );
  }
  return (
    <form className="name-editor" onSubmit={submit}>
      <label>
        <span className="visually-hidden">{t('board.yourName')}</span>
        <input value={value} maxLength={LIMITS.nameMaxChars} onChange={(e) => setValue(e.target.value)} autoFocus required />
      </label>
      <button type="submit">{t('board.save')}</button>
    </form>
  );
}
