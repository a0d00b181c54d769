import { Link } from 'react-router';
import { actorPath } from './text-marks.js';
import { useActorName } from './use-library-data.js';

/** A registry record a document is linked to, by its page where it has one. */
export function LinkTarget({ kind, id }: { kind: string; id: string }) {
  const actorName = useActorName();
  const path =
    kind === 'instrument' ? `/instruments/${encodeURIComponent(id)}` : actorPath(kind, id);
  const name = kind === 'instrument' || kind === 'event' ? id : actorName(id);
  return path ? <Link to={path}>{name}</Link> : <>{name}</>;
}
