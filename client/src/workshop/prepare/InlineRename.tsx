import { useState, type KeyboardEvent } from 'react';

/**
 * A name that is edited in place: Enter or leaving the field saves it (when it changed and is
 * not empty), Escape puts the saved name back. The field follows the saved name when it changes.
 */
export function InlineRename({
  value,
  label,
  maxLength,
  disabled,
  onRename,
}: {
  value: string;
  label: string;
  maxLength: number;
  disabled?: boolean;
  onRename: (title: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  // Someone renamed it meanwhile (or the save came back): show the name as it now is.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  const commit = () => {
    const title = draft.trim();
    if (title && title !== value) onRename(title);
    else setDraft(value);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setDraft(value);
    }
  };
  return (
    <input
      className="inline-rename"
      aria-label={label}
      value={draft}
      maxLength={maxLength}
      disabled={disabled}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={onKeyDown}
    />
  );
}
