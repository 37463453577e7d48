import { useEffect, useState } from 'react';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/**
 * A file dropped anywhere on the page goes to `onFile` (the browser would otherwise open it
 * in place of the editor). Says whether a file is being dragged over the page.
 */
export function useFileDrop(onFile: (file: File) => void): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(
    function listenForDrops() {
      let depth = 0;
      const enter = (event: DragEvent) => {
        if (!carriesFiles(event)) return;
        depth += 1;
        setDragging(true);
      };
      const leave = () => {
        depth = Math.max(0, depth - 1);
        if (depth === 0) setDragging(false);
      };
      const over = (event: DragEvent) => {
        if (carriesFiles(event)) event.preventDefault();
      };
      const drop = (event: DragEvent) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        depth = 0;
        setDragging(false);
        const file = event.dataTransfer?.files[0];
        if (file) onFile(file);
      };
      window.addEventListener('dragenter', enter);
      window.addEventListener('dragleave', leave);
      window.addEventListener('dragover', over);
      window.addEventListener('drop', drop);
      return function stopListening() {
        window.removeEventListener('dragenter', enter);
        window.removeEventListener('dragleave', leave);
        window.removeEventListener('dragover', over);
        window.removeEventListener('drop', drop);
      };
    },
    [onFile],
  );
  return dragging;
}
