import type { Tone } from '../../components/Badge';

export const quoteTone = (status: string | undefined): Tone => {
  switch (status) {
    case 'ACCEPTED':
      return 'good';
    case 'DRAFTED':
    case 'APPROVED':
    case 'SENT':
      return 'info';
    case 'DECLINED':
    case 'REJECTED':
    case 'EXPIRED':
      return 'neutral';
    default:
      return 'warn';
  }
};
