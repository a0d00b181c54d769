/**
 * A progress line on stderr: a redrawn bar on a terminal, and a plain line every tenth of the way
 * when stderr is a file or a pipe (so logs stay readable).
 */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  let lastTenth = -1;
  return {
    update(done: number, total: number, item = '') {
      const share = total === 0 ? 1 : done / total;
      if (stream.isTTY) {
        const width = 30;
        const filled = Math.round(share * width);
        const name = item.length > 40 ? `…${item.slice(-39)}` : item;
        stream.write(
          `\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${name}\x1b[K`,
        );
      } else {
        const tenth = Math.floor(share * 10);
        if (tenth !== lastTenth) {
          lastTenth = tenth;
          stream.write(`${label}: ${done}/${total} (${Math.round(share * 100)}%)\n`);
        }
      }
    },
    done() {
      if (stream.isTTY) stream.write('\n');
    },
  };
}
