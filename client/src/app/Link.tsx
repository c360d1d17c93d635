import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { preloadPage } from './pages';
import { navigate } from './router';
import { parseRoute } from './routes';

/**
 * An ordinary link (middle click and copy still work) that navigates in place. Pointing at it
 * or focusing it starts fetching the target page's code, which is then often there by the click.
 */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const go = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(href);
  };
  const preload = () => preloadPage(parseRoute(new URL(href, window.location.href).pathname).page);
  return <a href={href} onClick={go} onPointerEnter={preload} onFocus={preload} {...rest} />;
}
