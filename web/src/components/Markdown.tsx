// Markdown for the assistant's answers. react-markdown builds React elements from the markdown's
// syntax tree and never injects HTML: raw HTML in an answer is dropped (skipHtml), and link targets
// other than http(s), mailto, tel and the app's own paths are removed by its URL filter.
import ReactMarkdown from 'react-markdown';

const safeUrl = (url: string): string => {
  if (url.startsWith('/') && !url.startsWith('//')) return url;
  return /^(https?:|mailto:|tel:)/i.test(url) ? url : '';
};

export function Markdown({ children }: { children: string }) {
  return (
    <div className="markdown">
      <ReactMarkdown skipHtml urlTransform={safeUrl}>
        {children}
      </ReactMarkdown>
    </div>
  );
}
