import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The screen's heading and the browser tab's title. The heading takes focus when the screen opens,
 * so keyboard and screen-reader users start at the new content after following a link.
 */
export function PageTitle({ children, title }: { children: ReactNode; title: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · RenOS`;
    heading.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <h1 ref={heading} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
