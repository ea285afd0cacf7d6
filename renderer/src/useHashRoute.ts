import { useEffect, useState } from 'react';

export type Route = { view: 'inbox' } | { view: 'case'; caseId: string };

function parse(hash: string): Route {
  const match = /^#\/case\/([^/]+)$/.exec(hash);
  return match?.[1] ? { view: 'case', caseId: decodeURIComponent(match[1]) } : { view: 'inbox' };
}

export function useHashRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(() => parse(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parse(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const navigate = (next: Route) => {
    window.location.hash = next.view === 'case' ? `#/case/${encodeURIComponent(next.caseId)}` : '#/';
  };
  return [route, navigate];
}
