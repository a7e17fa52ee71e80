import { render, screen } from '@testing-library/react';
import { Markdown } from './Markdown';

describe('Markdown for assistant answers', () => {
  it('renders emphasis, lists and links to the app', () => {
    render(<Markdown>{'I morgen **kl. 08:00**:\n\n- [Camillas besøg](/tilbud/42)\n- vinduer'}</Markdown>);
    expect(screen.getByText('kl. 08:00').tagName).toBe('STRONG');
    expect(screen.getByRole('link', { name: 'Camillas besøg' })).toHaveAttribute('href', '/tilbud/42');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
  });

  it('never renders raw HTML from an answer', () => {
    const { container } = render(<Markdown>{'Hej <img src=x onerror="alert(1)"> <script>alert(2)</script> med venlig hilsen'}</Markdown>);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.textContent).toContain('med venlig hilsen');
  });

  it('drops javascript: links but keeps the text', () => {
    render(<Markdown>{'[klik](javascript:alert(1)) og [ring](tel:+4522334455)'}</Markdown>);
    expect(screen.getByText('klik').closest('a')?.getAttribute('href') ?? '').toBe('');
    expect(screen.getByRole('link', { name: 'ring' })).toHaveAttribute('href', 'tel:+4522334455');
  });
});
