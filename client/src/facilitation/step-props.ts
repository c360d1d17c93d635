import type { FacilitationState } from '@shared/facilitation';
import type { RunCommands } from './use-command-sequence';

/** What every step of the bar is given: the board's state as the server holds it, and the way to change it. */
export interface StepProps {
  state: FacilitationState;
  run: RunCommands;
}

/** A step's own action: its button is filled for the step that comes next, outlined otherwise. */
export interface StepActionProps extends StepProps {
  actionClass: 'primary' | 'secondary';
}
