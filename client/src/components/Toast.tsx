import { useEffect } from 'react';

interface Props {
  message: string;
  action?: { label: string; run: () => void };
  onClose: () => void;
  /** Long enough to read and reach the button with the keyboard. */
  durationMs?: number;
}

export function Toast({ message, action, onClose, durationMs = 8_000 }: Props) {
  useEffect(() => {
    const timer = setTimeout(onClose, durationMs);
    return () => clearTimeout(timer);
  }, [onClose, durationMs]);
  return (
    <div className="toast" role="status">
      <span>{message}</span>
      {action && (
        <button
          type="button"
          onClick={() => {
            action.run();
            onClose();
          }}
        >
          {action.label}
        </button>
      )}
    </div>
  );
}
