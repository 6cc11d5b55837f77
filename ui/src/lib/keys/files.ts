//! Reading a file the user picked: its name and bytes.

export interface PickedFile {
  name: string
  bytes: Uint8Array
}

export async function readPicked(input: HTMLInputElement | null): Promise<PickedFile | null> {
  const file = input?.files?.[0]
  if (!file) return null
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
}
