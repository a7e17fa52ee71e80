import type { Tone } from '../../components/Badge';

export const leadTone = (status: string | undefined): Tone =>
  status === 'NEW' ? 'info' : status === 'MANUAL_REVIEW' ? 'warn' : status === 'REJECTED' ? 'bad' : 'neutral';
