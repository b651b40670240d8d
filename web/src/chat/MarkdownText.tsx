import Markdown, { type Components } from 'react-markdown';
import { safeUrl } from './safe-url';

export interface MarkdownTextProps {
  /** Markdown source; raw HTML in it is dropped, never rendered. */
  text: string;
}

const components: Components = {
  a: ({ href, children }) =>
    href ? (
      <a href={href} target="_blank" rel="noopener noreferrer nofollow">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  img: ({ alt }) => <span>{alt}</span>,
};

/** An answer's markdown: no raw HTML (no rehype-raw; `skipHtml`), links with http(s) only. */
export function MarkdownText({ text }: MarkdownTextProps) {
  return (
    <Markdown skipHtml urlTransform={(url) => safeUrl(url) ?? ''} components={components}>
      {text}
    </Markdown>
  );
}
