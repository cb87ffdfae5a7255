/** Where request lines go. The default batches lines and writes them once per event-loop turn. */
export type RequestLog = (line: string) => void;

let shared: RequestLog | undefined;

/** One buffered stdout log per process. */
export function stdoutLog(): RequestLog {
  shared ??= bufferedStdoutLog();
  return shared;
}

function bufferedStdoutLog(): RequestLog {
  let lines: string[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (lines.length === 0) return;
    const text = `${lines.join('\n')}\n`;
    lines = [];
    process.stdout.write(text);
  };
  process.once('exit', flush);
  return (line) => {
    lines.push(line);
    if (lines.length >= 512) flush();
    else if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
}
