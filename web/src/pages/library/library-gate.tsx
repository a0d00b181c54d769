import type { ReactNode } from 'react';
import { SignInRequired } from '../../components/sign-in-required.js';
import { useSession } from '../../session/session-context.js';

/**
 * Shows a library page only to whom the server lets do `ability` there (the library's own
 * abilities travel with the session); others are asked to sign in, or told the page is not for
 * their role.
 */
export function LibraryGate({
  title,
  ability,
  children,
}: {
  title: string;
  ability: 'add' | 'decide' | 'manage-glossary';
  children: ReactNode;
}) {
  const session = useSession();
  return (
    <SignInRequired title={title} allowed={session.canIn('library', ability)}>
      {children}
    </SignInRequired>
  );
}
