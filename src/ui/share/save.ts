/** Hands a file to the browser's downloads (an object URL: nothing leaves the page). */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // The download has taken its copy by the next task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
